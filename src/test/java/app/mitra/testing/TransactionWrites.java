package app.mitra.testing;

import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import app.mitra.common.storage.Writes;

/** Writes as one transaction each in the caller's thread: for module tests on a {@link TestDatabase}. */
public final class TransactionWrites implements Writes {

    private final TransactionTemplate transaction;

    public TransactionWrites(DataSource dataSource) {
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }
}
