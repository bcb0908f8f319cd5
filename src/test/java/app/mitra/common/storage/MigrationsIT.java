package app.mitra.common.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.TestDatabase;

@OnBothDatabases
class MigrationsIT {

    @Parameter
    TestDatabase database;

    @Test
    void everyMigrationIsAppliedAndNonePending() {
        assertThat(database.flyway().info().pending()).isEmpty();
        assertThat(database.flyway().info().applied()).extracting(MigrationInfo::getState)
                .allMatch(state -> state.isApplied() && !state.isFailed());
    }
}
