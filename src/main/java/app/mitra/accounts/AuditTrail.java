package app.mitra.accounts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.mitra.common.Ids;

/**
 * Who changed what and when, so a report built from the journal can be trusted. Call it inside the
 * same {@code Writes.write} as the change: the change and its record commit together.
 */
@Component
public class AuditTrail {

    public enum Action { CREATE, UPDATE, DELETE, RESTORE }

    public record Entry(UUID id, String entity, UUID entityId, Action action, Instant at, String before, String after) {
    }

    private final JdbcClient jdbc;

    AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(UUID userId, String entity, UUID entityId, Action action, String before, String after) {
        jdbc.sql("""
                insert into accounts_audit (user_id, id, entity, entity_id, action, at, before_json, after_json)
                values (:user, :id, :entity, :entityId, :action, :at, :before, :after)""")
                .param("user", userId.toString()).param("id", Ids.newId().toString()).param("entity", entity)
                .param("entityId", entityId.toString()).param("action", action.name())
                .param("at", System.currentTimeMillis()).param("before", before).param("after", after)
                .update();
    }

    public List<Entry> history(UUID userId, String entity, UUID entityId) {
        return jdbc.sql("""
                select id, entity, entity_id, action, at, before_json, after_json from accounts_audit
                where user_id = :user and entity = :entity and entity_id = :entityId order by at, id""")
                .param("user", userId.toString()).param("entity", entity).param("entityId", entityId.toString())
                .query((rs, row) -> new Entry(UUID.fromString(rs.getString("id")), rs.getString("entity"),
                        UUID.fromString(rs.getString("entity_id")), Action.valueOf(rs.getString("action")),
                        Instant.ofEpochMilli(rs.getLong("at")), rs.getString("before_json"), rs.getString("after_json")))
                .list();
    }
}
