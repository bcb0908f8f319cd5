package app.mitra.accounts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the accounts_totp table: one authenticator-app secret per account, set up and then confirmed. */
@Repository
public class TotpRepository {

    /** The stored secret (base32), whether a code confirmed it, and the last time step a code was accepted for. */
    public record TotpSecret(String secret, boolean confirmed, Long lastStep) {
    }

    private final JdbcClient jdbc;

    TotpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new secret being set up, replacing one that was never confirmed. Answers false if TOTP is already on. */
    public boolean begin(UUID userId, String secret, long now) {
        jdbc.sql("delete from accounts_totp where user_id = :user and confirmed_at is null")
                .param("user", userId.toString()).update();
        if (find(userId).isPresent()) {
            return false;
        }
        jdbc.sql("insert into accounts_totp (user_id, secret, created_at) values (:user, :secret, :now)")
                .param("user", userId.toString()).param("secret", secret).param("now", now).update();
        return true;
    }

    public Optional<TotpSecret> find(UUID userId) {
        return jdbc.sql("select secret, confirmed_at, last_step from accounts_totp where user_id = :user")
                .param("user", userId.toString())
                .query((rs, row) -> {
                    rs.getLong("confirmed_at");
                    boolean confirmed = !rs.wasNull();
                    long step = rs.getLong("last_step");
                    Long lastStep = rs.wasNull() ? null : step;
                    return new TotpSecret(rs.getString("secret"), confirmed, lastStep);
                })
                .optional();
    }

    /** Turns TOTP on with the step of the code that confirmed it; false if there was nothing to confirm. */
    public boolean confirm(UUID userId, long step, long now) {
        return jdbc.sql("""
                update accounts_totp set confirmed_at = :now, last_step = :step
                where user_id = :user and confirmed_at is null""")
                .param("now", now).param("step", step).param("user", userId.toString()).update() == 1;
    }

    /**
     * Claims a time step for a sign-in: true only the first time a step later than every one used before is
     * claimed, so a code is accepted once even when two requests race with it.
     */
    public boolean claimStep(UUID userId, long step) {
        return jdbc.sql("""
                update accounts_totp set last_step = :step
                where user_id = :user and confirmed_at is not null and (last_step is null or last_step < :step)""")
                .param("step", step).param("user", userId.toString()).update() == 1;
    }

    public boolean delete(UUID userId) {
        return jdbc.sql("delete from accounts_totp where user_id = :user").param("user", userId.toString()).update() > 0;
    }
}
