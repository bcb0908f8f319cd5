package app.mitra.accounts.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the accounts_recovery_code table: SHA-256 hashes of single-use recovery codes. */
@Repository
public class RecoveryCodeRepository {

    private final JdbcClient jdbc;

    RecoveryCodeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new set of codes; every earlier code stops working. */
    public void replace(UUID userId, List<String> codeHashes, long now) {
        deleteAll(userId);
        for (String hash : codeHashes) {
            jdbc.sql("insert into accounts_recovery_code (user_id, code_hash, created_at) values (:user, :hash, :now)")
                    .param("user", userId.toString()).param("hash", hash).param("now", now).update();
        }
    }

    /** Uses up a code: true once, the first time; the row is gone afterwards. */
    public boolean use(UUID userId, String codeHash) {
        return jdbc.sql("delete from accounts_recovery_code where user_id = :user and code_hash = :hash")
                .param("user", userId.toString()).param("hash", codeHash).update() == 1;
    }

    public int count(UUID userId) {
        return jdbc.sql("select count(*) from accounts_recovery_code where user_id = :user")
                .param("user", userId.toString()).query(Integer.class).single();
    }

    public void deleteAll(UUID userId) {
        jdbc.sql("delete from accounts_recovery_code where user_id = :user").param("user", userId.toString()).update();
    }
}
