package app.mitra.cli.internal;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import app.mitra.common.storage.Database;
import app.mitra.common.storage.PrivateFiles;
import app.mitra.common.storage.StorageProperties;

/** One plain JDBC connection to the configured database, for commands that need no application. */
record Connections(Database database, StorageProperties storage, SingleConnectionDataSource dataSource)
        implements AutoCloseable {

    static Connections open(ConfigurableApplicationContext settings) {
        StorageProperties storage = settings.getBean(StorageProperties.class);
        Database database = storage.database();
        PrivateFiles.prepare(storage);
        SingleConnectionDataSource dataSource = new SingleConnectionDataSource(database.jdbcUrl(), true);
        dataSource.setConnectionProperties(storage.credentials());
        return new Connections(database, storage, dataSource);
    }

    @Override
    public void close() {
        dataSource.destroy();
    }
}
