package app.mitra.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.TokenSummary;

/** SQL of the accounts_token table: API tokens, stored as SHA-256 hashes of their secrets. */
@Repository
public class TokenRepository {

    private final JdbcClient jdbc;

    TokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID userId, UUID id, String name, String tokenHash, long now, Long expiresAt) {
        jdbc.sql("""
                insert into accounts_token (user_id, id, name, token_hash, created_at, expires_at)
                values (:user, :id, :name, :hash, :now, :expires)""")
                .param("user", userId.toString()).param("id", id.toString()).param("name", name)
                .param("hash", tokenHash).param("now", now).param("expires", expiresAt)
                .update();
    }

    /** The token's owner, when the token was last used and when it expires, if it is known and not expired. */
    public Optional<TokenOwner> findValid(String tokenHash, long now) {
        return jdbc.sql("""
                select t.id as token_id, t.last_used_at, t.expires_at, u.id, u.username, u.roles
                from accounts_token t join accounts_user u on u.id = t.user_id
                where t.token_hash = :hash and (t.expires_at is null or t.expires_at > :now)""")
                .param("hash", tokenHash).param("now", now)
                .query((rs, row) -> new TokenOwner(UUID.fromString(rs.getString("token_id")),
                        nullableLong(rs, "last_used_at"), nullableLong(rs, "expires_at"),
                        new AccountUser(UUID.fromString(rs.getString("id")), rs.getString("username"),
                                UserRepository.roles(rs.getString("roles")), null)))
                .optional();
    }

    public void touch(UUID tokenId, long now, String address) {
        jdbc.sql("update accounts_token set last_used_at = :now, last_used_address = :address where id = :id")
                .param("now", now).param("address", address).param("id", tokenId.toString()).update();
    }

    public List<TokenSummary> list(UUID userId) {
        return jdbc.sql("""
                select id, name, created_at, expires_at, last_used_at, last_used_address from accounts_token
                where user_id = :user order by created_at desc""")
                .param("user", userId.toString())
                .query((rs, row) -> new TokenSummary(UUID.fromString(rs.getString("id")), rs.getString("name"),
                        Instant.ofEpochMilli(rs.getLong("created_at")), instant(rs, "expires_at"),
                        instant(rs, "last_used_at"), rs.getString("last_used_address")))
                .list();
    }

    public boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from accounts_token where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).update() > 0;
    }

    /** Every token of the person but {@code keep} (null: every one). */
    public int deleteAllExcept(UUID userId, UUID keep) {
        return jdbc.sql("delete from accounts_token where user_id = :user and id <> :keep")
                .param("user", userId.toString()).param("keep", keep == null ? "" : keep.toString()).update();
    }

    /** A valid token's owner as an API request sees it; {@code expiresAt} null means it never expires. */
    public record TokenOwner(UUID tokenId, Long lastUsedAt, Long expiresAt, AccountUser user) {

        public boolean validAt(long now) {
            return expiresAt == null || expiresAt > now;
        }

        public TokenOwner usedAt(long now) {
            return new TokenOwner(tokenId, now, expiresAt, user);
        }
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Long value = nullableLong(rs, column);
        return value == null ? null : Instant.ofEpochMilli(value);
    }
}
