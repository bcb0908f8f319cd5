package app.mitra.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.mitra.common.storage.Database.Dialect;

class DatabaseTest {

    private static final Path DATA = Path.of("/srv/mitra");
    private static final String PRAGMAS = "?journal_mode=WAL&synchronous=FULL&foreign_keys=on&busy_timeout=10000"
            + "&transaction_mode=IMMEDIATE";

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = { "", "  " })
    void withoutAUrlMitraUsesSqliteInTheDataDirectoryWithDurablePragmas(String url) {
        Database database = Database.resolve(url, DATA);
        assertThat(database.dialect()).isEqualTo(Dialect.SQLITE);
        assertThat(database.jdbcUrl()).isEqualTo("jdbc:sqlite:/srv/mitra/mitra.db" + PRAGMAS);
    }

    @Test
    void aSqliteUrlGetsMitrasPragmasInsteadOfItsOwn() {
        Database database = Database.resolve("jdbc:sqlite:/var/lib/m.db?synchronous=OFF", DATA);
        assertThat(database.jdbcUrl()).isEqualTo("jdbc:sqlite:/var/lib/m.db" + PRAGMAS);
    }

    @Test
    void aPostgresqlUrlIsUsedAsGiven() {
        String url = "jdbc:postgresql://db:5432/mitra?user=mitra&password=secret";
        Database database = Database.resolve(" " + url + " ", DATA);
        assertThat(database.dialect()).isEqualTo(Dialect.POSTGRESQL);
        assertThat(database.jdbcUrl()).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = { "jdbc:mysql://x", "postgres://db/mitra", "jdbc:sqlite::memory:", "jdbc:sqlite:" })
    void anyOtherUrlIsRefused(String url) {
        assertThatThrownBy(() -> Database.resolve(url, DATA)).isInstanceOf(UnsupportedDatabaseUrlException.class)
                .hasMessageContaining("must start with jdbc:postgresql://");
    }

    @Test
    void aRefusedUrlNeverShowsItsPassword() {
        assertThatThrownBy(() -> Database.resolve("jdbc:mysql://bob:hunter2@db/mitra?password=hunter2&x=1", DATA))
                .isInstanceOfSatisfying(UnsupportedDatabaseUrlException.class, e -> {
                    assertThat(e.getMessage()).doesNotContain("hunter2").contains("bob:****@", "password=****&x=1");
                    assertThat(e.url()).doesNotContain("hunter2");
                });
    }
}
