package app.mitra.common.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class MigrationTreesTest {

    private static List<String> migrations(String vendor) throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver()
                .getResources("classpath:db/migration/" + vendor + "/*.sql");
        return Arrays.stream(files).map(Resource::getFilename).sorted().toList();
    }

    @Test
    void sqliteAndPostgresqlTreesHaveTheSameVersionsAndDescriptions() throws IOException {
        List<String> sqlite = migrations("sqlite");
        assertThat(sqlite).isNotEmpty();
        assertThat(migrations("postgresql")).isEqualTo(sqlite);
    }

    @Test
    void everyMigrationIsAVersionedFlywayFile() throws IOException {
        assertThat(migrations("sqlite")).allMatch(name -> name.matches("V\\d+__[a-z0-9_]+\\.sql"));
    }
}
