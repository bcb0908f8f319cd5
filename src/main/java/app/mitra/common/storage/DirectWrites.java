package app.mitra.common.storage;

import java.util.function.Supplier;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL handles concurrent writers itself: each write is its own transaction in the caller's thread.
 * A write PostgreSQL chose as a deadlock's victim is run again: an account deletion and a write of the
 * same person can each wait for a row the other holds (the write's foreign key check locks the account
 * row the deletion removes), and neither must fail for it.
 */
class DirectWrites implements Writes {

    private static final int ATTEMPTS = 3;

    private final TransactionTemplate transaction;

    DirectWrites(PlatformTransactionManager transactionManager) {
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T write(Supplier<T> work) {
        // inside another write the outer transaction is the one to run again, not this part of it
        int attempts = TransactionSynchronizationManager.isActualTransactionActive() ? 1 : ATTEMPTS;
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(status -> work.get());
            } catch (PessimisticLockingFailureException deadlock) {
                if (attempt >= attempts) {
                    throw deadlock;
                }
            } catch (RuntimeException failure) {
                throw AccountGuards.translated(failure);
            }
        }
    }
}
