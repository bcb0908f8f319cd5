package app.mitra.testing;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A passkey row as a browser's registration leaves it (the key itself is never checked here), for tests
 * about what an account with a passkey may do, or about rows that must go with an account.
 */
public final class StoredPasskey {

    private StoredPasskey() {
    }

    public static void insert(JdbcClient jdbc, UUID userId, String name) {
        String handle = "handle-" + userId;
        jdbc.sql("insert into accounts_passkey_user (user_id, handle, created_at) values (:user, :handle, 0)")
                .param("user", userId.toString()).param("handle", handle).update();
        jdbc.sql("""
                insert into accounts_passkey (user_id, credential_id, user_handle, label, public_key, signature_count,
                uv_initialized, backup_eligible, backup_state, transports, created_at)
                values (:user, :id, :handle, :name, 'AQID', 0, :yes, :no, :no, '', 0)""")
                .param("user", userId.toString()).param("id", "credential-" + userId).param("handle", handle)
                .param("name", name).param("yes", true).param("no", false).update();
    }
}
