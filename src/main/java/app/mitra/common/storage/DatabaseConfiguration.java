package app.mitra.common.storage;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.web.server.ConfigurableWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    Database database(StorageProperties properties) {
        PrivateFiles.prepare(properties);
        return properties.database();
    }

    /** The web server keeps its temporary files (uploads) in the data directory: it must be owner-only first. */
    @Bean
    WebServerFactoryCustomizer<ConfigurableWebServerFactory> privateDataDirectory(StorageProperties properties) {
        return factory -> PrivateFiles.prepare(properties);
    }

    @Bean
    HikariDataSource dataSource(Database database, StorageProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(database.jdbcUrl());
        config.setPoolName("mitra");
        config.setDataSourceProperties(properties.credentials());
        // SQLite: readers run beside the one writer (WAL); PostgreSQL: a pool of 1 would deadlock Flyway
        config.setMaximumPoolSize(database.isSqlite() ? 6 : 12);
        return new HikariDataSource(config);
    }

    /** Refuses a database newer than this Mitra; migrates at start unless MITRA_MIGRATE=manual. */
    @Bean
    FlywayMigrationStrategy migrationStrategy(StorageProperties properties) {
        return flyway -> {
            Migrations.refuseNewerDatabase(flyway);
            if (properties.migrate() == StorageProperties.Migrate.MANUAL) {
                Migrations.refusePending(flyway);
            } else {
                flyway.migrate();
            }
        };
    }

    @Bean
    PlatformTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    Writes writes(Database database, PlatformTransactionManager transactionManager) {
        return database.isSqlite() ? new GroupCommitWrites(transactionManager) : new DirectWrites(transactionManager);
    }
}
