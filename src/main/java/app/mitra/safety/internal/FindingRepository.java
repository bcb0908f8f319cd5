package app.mitra.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.mitra.safety.Evidence;
import app.mitra.safety.Finding;
import app.mitra.safety.Severity;
import app.mitra.safety.Source;
import app.mitra.safety.StoredFinding;
import app.mitra.safety.StoredFinding.Origin;
import app.mitra.safety.StoredFinding.State;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL of the safety_finding table. Every statement filters by user_id. */
@Repository
public class FindingRepository {

    private static final TypeReference<List<Source>> SOURCES = new TypeReference<>() { };
    private static final String COLUMNS = """
            id, origin, state, dose_id, rule_id, severity, category, input, matched, title, explanation, advice,
            evidence, sources, created_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    FindingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public void insert(UUID userId, UUID id, Origin origin, State state, UUID doseId, String key, Finding finding,
            long now) {
        Map<String, Object> values = new HashMap<>();
        values.put("user", userId.toString());
        values.put("id", id.toString());
        values.put("origin", origin.name());
        values.put("state", state.name());
        values.put("dose", doseId == null ? null : doseId.toString());
        values.put("key", key);
        values.put("rule", finding.ruleId());
        values.put("severity", finding.severity().code());
        values.put("category", finding.category());
        values.put("input", finding.input());
        values.put("matched", finding.matched());
        values.put("title", finding.title());
        values.put("explanation", finding.explanation());
        values.put("advice", finding.advice());
        values.put("evidence", finding.evidence().code());
        values.put("sources", json.writeValueAsString(finding.sources()));
        values.put("now", now);
        values.put("acknowledged", state == State.ACKNOWLEDGED ? now : null);
        jdbc.sql("""
                insert into safety_finding (user_id, id, origin, state, dose_id, finding_key, rule_id, severity, category,
                    input, matched, title, explanation, advice, evidence, sources, created_at, acknowledged_at)
                values (:user, :id, :origin, :state, :dose, :key, :rule, :severity, :category, :input, :matched, :title,
                    :explanation, :advice, :evidence, :sources, :now, :acknowledged)""")
                .params(values).update();
    }

    /** Keys of the acknowledged findings of one origin, so a re-screening keeps them acknowledged. */
    public Set<String> acknowledgedKeys(UUID userId, Origin origin) {
        return Set.copyOf(jdbc.sql("""
                select finding_key from safety_finding where user_id = :user and origin = :origin and state = 'ACKNOWLEDGED'""")
                .param("user", userId.toString()).param("origin", origin.name()).query(String.class).list());
    }

    public void deleteByOrigin(UUID userId, Origin origin) {
        jdbc.sql("delete from safety_finding where user_id = :user and origin = :origin")
                .param("user", userId.toString()).param("origin", origin.name()).update();
    }

    public void deleteByDose(UUID userId, UUID doseId) {
        jdbc.sql("delete from safety_finding where user_id = :user and dose_id = :dose")
                .param("user", userId.toString()).param("dose", doseId.toString()).update();
    }

    public boolean acknowledge(UUID userId, UUID id, long now) {
        return jdbc.sql("""
                update safety_finding set state = 'ACKNOWLEDGED', acknowledged_at = :now
                where user_id = :user and id = :id""")
                .param("now", now).param("user", userId.toString()).param("id", id.toString()).update() == 1;
    }

    public List<StoredFinding> list(UUID userId, State state) {
        return jdbc.sql("select " + COLUMNS + " from safety_finding where user_id = :user"
                        + (state == null ? "" : " and state = :state") + " order by created_at desc, id")
                .param("user", userId.toString()).params(state == null ? Map.of() : Map.of("state", state.name()))
                .query(this::stored).list();
    }

    public List<StoredFinding> forDose(UUID userId, UUID doseId) {
        return jdbc.sql("select " + COLUMNS + " from safety_finding where user_id = :user and dose_id = :dose order by id")
                .param("user", userId.toString()).param("dose", doseId.toString())
                .query(this::stored).list();
    }

    /** The findings of several doses at once (a page of the timeline), in one query. */
    public List<StoredFinding> forDoses(UUID userId, java.util.Collection<UUID> doseIds) {
        return jdbc.sql("select " + COLUMNS + " from safety_finding where user_id = :user and dose_id in (:doses) order by id")
                .param("user", userId.toString()).param("doses", doseIds.stream().map(UUID::toString).toList())
                .query(this::stored).list();
    }

    private StoredFinding stored(ResultSet rs, int row) throws SQLException {
        String dose = rs.getString("dose_id");
        Finding finding = new Finding(rs.getString("rule_id"), Severity.of(rs.getString("severity")),
                rs.getString("category"), rs.getString("input"), rs.getString("matched"), rs.getString("title"),
                rs.getString("explanation"), rs.getString("advice"), Evidence.of(rs.getString("evidence")),
                json.readValue(rs.getString("sources"), SOURCES));
        return new StoredFinding(UUID.fromString(rs.getString("id")), Origin.valueOf(rs.getString("origin")),
                State.valueOf(rs.getString("state")), dose == null ? null : UUID.fromString(dose),
                Instant.ofEpochMilli(rs.getLong("created_at")), finding);
    }
}
