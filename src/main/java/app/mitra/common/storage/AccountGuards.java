package app.mitra.common.storage;

import java.sql.SQLException;

import app.mitra.common.web.AccountGoneException;

/**
 * Recognises the database refusing a row that names a deleted account (migration V12): on PostgreSQL
 * a violated foreign key to {@code accounts_user}, named {@code <table>_user_id_fkey} or, for web
 * sessions, {@code accounts_session_principal_name_fkey}; on SQLite a guard trigger's
 * {@code account-gone} abort. The one place where that database error becomes
 * {@link AccountGoneException}.
 */
public final class AccountGuards {

    static final String SQLITE_REFUSAL = "account-gone";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private AccountGuards() {
    }

    /** True when {@code failure} or one of its causes is such a refusal. */
    public static boolean refused(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof AccountGoneException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getMessage() != null && (sql.getMessage().contains(SQLITE_REFUSAL)
                    || FOREIGN_KEY_VIOLATION.equals(sql.getSQLState()) && (sql.getMessage().contains("_user_id_fkey\"")
                            || sql.getMessage().contains("\"accounts_session_principal_name_fkey\"")))) {
                return true;
            }
        }
        return false;
    }

    /** The failure as {@link AccountGoneException} when the database refused it for a deleted account. */
    static RuntimeException translated(RuntimeException failure) {
        return !(failure instanceof AccountGoneException) && refused(failure) ? new AccountGoneException(failure)
                : failure;
    }
}
