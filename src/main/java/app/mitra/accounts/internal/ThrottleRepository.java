package app.mitra.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the accounts_throttle table: failed sign-in attempts by key, and the blocks they caused. */
@Repository
class ThrottleRepository {

    record Row(String key, int failures, long windowStart, Long blockedUntil, int blocks) {
    }

    private final JdbcClient jdbc;

    ThrottleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The latest end of a block among these keys that is still running, or null. */
    Long blockedUntil(List<String> keys, long now) {
        return jdbc.sql("select max(blocked_until) from accounts_throttle where key in (:keys) and blocked_until > :now")
                .param("keys", keys).param("now", now).query(Long.class).optional().orElse(null);
    }

    Long blockedUntil(String key, long now) {
        return blockedUntil(List.of(key), now);
    }

    /**
     * Counts one failure in one statement, so two nodes counting at once both count: a window that
     * ended starts again at one.
     */
    Row countFailure(String key, String usernameHash, long now, long windowStart) {
        jdbc.sql("""
                insert into accounts_throttle (key, username_hash, failures, window_start, blocked_until, blocks, updated_at)
                values (:key, :username, 1, :now, null, 0, :now)
                on conflict (key) do update set
                    failures = case when accounts_throttle.window_start < :windowStart then 1
                                    else accounts_throttle.failures + 1 end,
                    window_start = case when accounts_throttle.window_start < :windowStart then :now
                                        else accounts_throttle.window_start end,
                    updated_at = :now""")
                .param("key", key).param("username", usernameHash).param("now", now).param("windowStart", windowStart)
                .update();
        return jdbc.sql("select key, failures, window_start, blocked_until, blocks from accounts_throttle where key = :key")
                .param("key", key)
                .query((rs, row) -> new Row(rs.getString("key"), rs.getInt("failures"), rs.getLong("window_start"),
                        nullableLong(rs, "blocked_until"), rs.getInt("blocks")))
                .single();
    }

    void block(String key, long until, int blocks) {
        jdbc.sql("update accounts_throttle set blocked_until = :until, blocks = :blocks, failures = 0 where key = :key")
                .param("until", until).param("blocks", blocks).param("key", key).update();
    }

    void clear(String key) {
        jdbc.sql("delete from accounts_throttle where key = :key").param("key", key).update();
    }

    /** Every row of this username: its own and its pairs with any address. */
    int clearUsername(String usernameHash) {
        return jdbc.sql("delete from accounts_throttle where username_hash = :hash").param("hash", usernameHash)
                .update();
    }

    /** Rows quiet since before {@code before}, and not blocked any more: the attempts they counted are history. */
    void prune(long before, long now) {
        jdbc.sql("delete from accounts_throttle where updated_at < :before and (blocked_until is null or blocked_until < :now)")
                .param("before", before).param("now", now).update();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
