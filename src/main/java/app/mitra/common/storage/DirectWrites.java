package app.mitra.common.storage;

import java.util.function.Supplier;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** PostgreSQL handles concurrent writers itself: each write is its own transaction in the caller's thread. */
class DirectWrites implements Writes {

    private final TransactionTemplate transaction;

    DirectWrites(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return transaction.execute(status -> work.get());
    }
}
