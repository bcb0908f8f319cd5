package app.mitra.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.mitra.accounts.Invite;

/** SQL of the accounts_invite table; {@code user_id} is the admin who made the invite. */
@Repository
public class InviteRepository {

    private final JdbcClient jdbc;

    InviteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID adminId, UUID id, String codeHash, long now, long expiresAt) {
        jdbc.sql("""
                insert into accounts_invite (user_id, id, code_hash, created_at, expires_at)
                values (:user, :id, :hash, :now, :expires)""")
                .param("user", adminId.toString()).param("id", id.toString()).param("hash", codeHash)
                .param("now", now).param("expires", expiresAt).update();
    }

    public Optional<UUID> findUsable(String codeHash, long now) {
        return jdbc.sql("""
                select id from accounts_invite
                where code_hash = :hash and used_at is null and expires_at > :now""")
                .param("hash", codeHash).param("now", now)
                .query((rs, row) -> UUID.fromString(rs.getString("id"))).optional();
    }

    public boolean markUsed(UUID id, String username, long now) {
        return jdbc.sql("update accounts_invite set used_by = :username, used_at = :now where id = :id and used_at is null")
                .param("username", username).param("now", now).param("id", id.toString()).update() == 1;
    }

    public List<Invite> list(UUID adminId) {
        return jdbc.sql("""
                select id, created_at, expires_at, used_by, used_at from accounts_invite
                where user_id = :user order by created_at desc""")
                .param("user", adminId.toString())
                .query((rs, row) -> {
                    long usedAt = rs.getLong("used_at");
                    Instant used = rs.wasNull() ? null : Instant.ofEpochMilli(usedAt);
                    return new Invite(UUID.fromString(rs.getString("id")), null,
                            Instant.ofEpochMilli(rs.getLong("created_at")),
                            Instant.ofEpochMilli(rs.getLong("expires_at")), rs.getString("used_by"), used);
                })
                .list();
    }
}
