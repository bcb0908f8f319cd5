package app.mitra.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.mitra.accounts.SecurityEvent;
import app.mitra.accounts.SecurityEventType;
import app.mitra.common.web.Cursor;

/** SQL of the accounts_security_event table: one account's security log, newest first. */
@Repository
public class SecurityEventRepository {

    private final JdbcClient jdbc;

    public SecurityEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID userId, SecurityEvent event) {
        jdbc.sql("""
                insert into accounts_security_event (user_id, id, at, type, address, device)
                values (:user, :id, :at, :type, :address, :device)""")
                .param("user", userId.toString()).param("id", event.id().toString())
                .param("at", event.at().toEpochMilli()).param("type", event.type().name())
                .param("address", event.address()).param("device", event.device())
                .update();
    }

    /** Up to {@code limit} events before the cursor (or the newest), newest first. */
    public List<SecurityEvent> page(UUID userId, Cursor before, int limit) {
        long at = before == null ? Long.MAX_VALUE : before.epochMillis();
        String id = before == null ? "" : before.id().toString();
        return jdbc.sql("""
                select id, at, type, address, device from accounts_security_event
                where user_id = :user and (at < :at or (at = :at and id < :id))
                order by at desc, id desc limit :limit""")
                .param("user", userId.toString()).param("at", at).param("id", id).param("limit", limit)
                .query((rs, row) -> new SecurityEvent(UUID.fromString(rs.getString("id")),
                        Instant.ofEpochMilli(rs.getLong("at")), SecurityEventType.valueOf(rs.getString("type")), rs.getString("address"),
                        rs.getString("device")))
                .list();
    }

    /** Whether this person signed in from this address since then: a known device is never locked out by others. */
    public boolean signedInFrom(UUID userId, String address, long since) {
        return jdbc.sql("""
                select count(*) from accounts_security_event
                where user_id = :user and type = 'SIGN_IN' and address = :address and at >= :since""")
                .param("user", userId.toString()).param("address", address).param("since", since)
                .query(Long.class).single() > 0;
    }

    public void deleteBefore(UUID userId, long before) {
        jdbc.sql("delete from accounts_security_event where user_id = :user and at < :before")
                .param("user", userId.toString()).param("before", before).update();
    }
}
