package app.mitra.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import app.mitra.MitraApplication;
import app.mitra.testing.TestDatabase;
import app.mitra.testing.TestDatabase.TestDirectories;

/** The server's start-up checks of the schema: never on a newer database, never past a manual migration. */
@ExtendWith(OutputCaptureExtension.class)
class SchemaGuardIT {

    @Test
    void theServerRefusesADatabaseANewerMitraMigrated(CapturedOutput output) {
        try (TestDatabase database = TestDatabase.create(TestDatabase.Kind.SQLITE).migrate()) {
            database.jdbc().sql("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, execution_time, success) values (999, '999', 'future', 'SQL',"
                    + " 'V999__future.sql', 0, 'test', 0, 1)").update();

            assertThatThrownBy(() -> start("--mitra.db-url=" + database.url()))
                    .hasRootCauseInstanceOf(SchemaMismatchException.class);
            assertThat(output.getAll()).contains("APPLICATION FAILED TO START",
                    "The database was migrated by a newer Mitra (schema version 999;",
                    "restore a backup taken before the upgrade");
        }
    }

    @Test
    void withManualMigrationsTheServerWaitsForTheMigrateCommand(CapturedOutput output) {
        assertThatThrownBy(() -> start("--mitra.migrate=manual")).hasRootCauseInstanceOf(SchemaMismatchException.class);
        assertThat(output.getAll()).contains("migration(s) and MITRA_MIGRATE is manual.",
                "Take a backup, then run: java -jar mitra.jar migrate");
    }

    private static void start(String setting) {
        new SpringApplicationBuilder(MitraApplication.class).run(setting, "--server.port=0",
                "--mitra.data-dir=" + TestDirectories.create("schema-guard"));
    }
}
