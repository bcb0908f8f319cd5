package app.mitra.safety.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

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

/**
 * SQL of the findings: {@code safety_finding} holds one row per rule and subject ({@code finding_key}),
 * {@code safety_finding_dose} the doses that raised a dose finding, each with the words it had for that
 * dose. Every statement filters by user_id.
 */
@Repository
public class FindingRepository {

    private static final TypeReference<List<Source>> SOURCES = new TypeReference<>() { };
    private static final String COLUMNS = """
            f.id, f.origin, f.state, f.rule_id, f.severity, f.category, f.input, f.matched, f.title, f.explanation,
            f.advice, f.evidence, f.sources, f.as_of, f.seen_count, f.first_seen_at, f.last_seen_at, f.created_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public FindingRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** A stored finding as the merge of a new raise needs it. */
    public record Group(UUID id, State state, Instant lastSeenAt) {
    }

    /** The finding of this rule and subject, if there is one. */
    public Optional<Group> group(UUID userId, Origin origin, String key) {
        return jdbc.sql("""
                select id, state, last_seen_at from safety_finding
                where user_id = :user and origin = :origin and finding_key = :key""")
                .param("user", userId.toString()).param("origin", origin.name()).param("key", key)
                .query((rs, row) -> new Group(UUID.fromString(rs.getString("id")), State.valueOf(rs.getString("state")),
                        Instant.ofEpochMilli(rs.getLong("last_seen_at"))))
                .optional();
    }

    /** The findings of one origin by key. */
    public Map<String, Group> groups(UUID userId, Origin origin) {
        Map<String, Group> groups = new HashMap<>();
        jdbc.sql("select finding_key, id, state, last_seen_at from safety_finding where user_id = :user and origin = :origin")
                .param("user", userId.toString()).param("origin", origin.name())
                .query(rs -> {
                    groups.put(rs.getString("finding_key"), new Group(UUID.fromString(rs.getString("id")),
                            State.valueOf(rs.getString("state")), Instant.ofEpochMilli(rs.getLong("last_seen_at"))));
                });
        return groups;
    }

    /**
     * Adds a finding unless one of its rule and subject exists already (a concurrent write may have added
     * it a moment ago); either way, answers the one that is stored.
     */
    public Group insert(UUID userId, UUID id, Origin origin, String key, Finding finding, int count, Instant seenAt,
            long now) {
        Map<String, Object> values = values(userId, finding);
        values.put("id", id.toString());
        values.put("origin", origin.name());
        values.put("key", key);
        values.put("count", count);
        values.put("seen", seenAt.toEpochMilli());
        values.put("now", now);
        jdbc.sql("""
                insert into safety_finding (user_id, id, origin, state, finding_key, rule_id, severity, category, input,
                    matched, title, explanation, advice, evidence, sources, as_of, seen_count, first_seen_at, last_seen_at,
                    created_at)
                values (:user, :id, :origin, 'NEW', :key, :rule, :severity, :category, :input, :matched, :title,
                    :explanation, :advice, :evidence, :sources, :asOf, :count, :seen, :seen, :now)
                on conflict (user_id, origin, finding_key) do nothing""")
                .params(values).update();
        return group(userId, origin, key).orElseThrow();
    }

    /** Replaces a finding's words with the latest raise's; {@code reopen} makes it new again. */
    public void update(UUID userId, UUID id, Finding finding, Instant lastSeenAt, boolean reopen) {
        Map<String, Object> values = values(userId, finding);
        values.put("id", id.toString());
        values.put("seen", lastSeenAt.toEpochMilli());
        values.put("reopen", reopen ? 1 : 0);
        jdbc.sql("""
                update safety_finding set severity = :severity, category = :category, input = :input, matched = :matched,
                    title = :title, explanation = :explanation, advice = :advice, evidence = :evidence, sources = :sources,
                    as_of = :asOf, last_seen_at = :seen,
                    state = case when :reopen = 1 then 'NEW' else state end,
                    acknowledged_at = case when :reopen = 1 then null else acknowledged_at end
                where user_id = :user and id = :id""")
                .params(values).update();
    }

    public void delete(UUID userId, Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from safety_finding where user_id = :user and id in (:ids)")
                    .param("user", userId.toString()).param("ids", ids.stream().map(UUID::toString).toList()).update();
        }
    }

    /** Records that this dose raised this finding, with the words it had for the dose. */
    public void insertOccurrence(UUID userId, UUID doseId, UUID findingId, Instant seenAt, Finding finding) {
        Map<String, Object> values = new HashMap<>();
        values.put("user", userId.toString());
        values.put("dose", doseId.toString());
        values.put("finding", findingId.toString());
        values.put("seen", seenAt.toEpochMilli());
        values.put("input", finding.input());
        values.put("matched", finding.matched());
        values.put("title", finding.title());
        values.put("explanation", finding.explanation());
        jdbc.sql("""
                insert into safety_finding_dose (user_id, dose_id, finding_id, seen_at, input, matched, title, explanation)
                values (:user, :dose, :finding, :seen, :input, :matched, :title, :explanation)""")
                .params(values).update();
    }

    /** The findings a dose raised. */
    public Set<UUID> findingsOfDose(UUID userId, UUID doseId) {
        return jdbc.sql("select finding_id from safety_finding_dose where user_id = :user and dose_id = :dose")
                .param("user", userId.toString()).param("dose", doseId.toString())
                .query(String.class).stream().map(UUID::fromString).collect(Collectors.toSet());
    }

    public void deleteOccurrences(UUID userId, UUID doseId) {
        jdbc.sql("delete from safety_finding_dose where user_id = :user and dose_id = :dose")
                .param("user", userId.toString()).param("dose", doseId.toString()).update();
    }

    /**
     * Brings a dose finding in line with its occurrences: how often and when, and the words of the latest
     * one. A finding no dose raises any more (its doses were deleted or changed) goes.
     */
    public void refresh(UUID userId, UUID findingId) {
        Map<String, Object> key = Map.of("user", userId.toString(), "finding", findingId.toString());
        Optional<Map<String, Object>> latest = jdbc.sql("""
                select seen_at, input, matched, title, explanation from safety_finding_dose
                where user_id = :user and finding_id = :finding order by seen_at desc, dose_id desc limit 1""")
                .params(key).query((rs, row) -> {
                    Map<String, Object> values = new HashMap<>(key);
                    values.put("seen", rs.getLong("seen_at"));
                    values.put("input", rs.getString("input"));
                    values.put("matched", rs.getString("matched"));
                    values.put("title", rs.getString("title"));
                    values.put("explanation", rs.getString("explanation"));
                    return values;
                }).optional();
        if (latest.isEmpty()) {
            delete(userId, List.of(findingId));
            return;
        }
        jdbc.sql("""
                update safety_finding set input = :input, matched = :matched, title = :title, explanation = :explanation,
                    last_seen_at = :seen,
                    seen_count = (select count(*) from safety_finding_dose o where o.user_id = :user and o.finding_id = :finding),
                    first_seen_at = (select min(o.seen_at) from safety_finding_dose o
                                     where o.user_id = :user and o.finding_id = :finding)
                where user_id = :user and id = :finding""")
                .params(latest.get()).update();
    }

    public boolean acknowledge(UUID userId, UUID id, long now) {
        return jdbc.sql("""
                update safety_finding set state = 'ACKNOWLEDGED', acknowledged_at = :now
                where user_id = :user and id = :id""")
                .param("now", now).param("user", userId.toString()).param("id", id.toString()).update() == 1;
    }

    public Optional<StoredFinding> find(UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from safety_finding f where f.user_id = :user and f.id = :id")
                .param("user", userId.toString()).param("id", id.toString()).query(this::stored).optional();
    }

    public List<StoredFinding> list(UUID userId, State state) {
        return jdbc.sql("select " + COLUMNS + " from safety_finding f where f.user_id = :user"
                        + (state == null ? "" : " and f.state = :state"))
                .param("user", userId.toString()).params(state == null ? Map.of() : Map.of("state", state.name()))
                .query(this::stored).list();
    }

    /**
     * The findings of several doses at once (a page of the timeline), in one query: each as its finding
     * stands now (state, how often), with the words it had for that dose.
     */
    public Map<UUID, List<StoredFinding>> forDoses(UUID userId, Collection<UUID> doseIds) {
        Map<UUID, List<StoredFinding>> found = new HashMap<>();
        jdbc.sql("select o.dose_id, o.input as o_input, o.matched as o_matched, o.title as o_title,"
                        + " o.explanation as o_explanation, " + COLUMNS + """
                         from safety_finding_dose o
                        join safety_finding f on f.user_id = o.user_id and f.id = o.finding_id
                        where o.user_id = :user and o.dose_id in (:doses)""")
                .param("user", userId.toString()).param("doses", doseIds.stream().map(UUID::toString).toList())
                .query(rs -> {
                    StoredFinding group = stored(rs, 0);
                    Finding f = group.finding();
                    Finding asRaised = new Finding(f.ruleId(), f.severity(), f.category(), rs.getString("o_input"),
                            rs.getString("o_matched"), rs.getString("o_title"), rs.getString("o_explanation"), f.advice(),
                            f.evidence(), f.sources(), f.asOf());
                    found.computeIfAbsent(UUID.fromString(rs.getString("dose_id")), dose -> new java.util.ArrayList<>())
                            .add(new StoredFinding(group.id(), group.origin(), group.state(), group.count(),
                                    group.firstSeenAt(), group.lastSeenAt(), group.createdAt(), asRaised));
                });
        return found;
    }

    private Map<String, Object> values(UUID userId, Finding finding) {
        Map<String, Object> values = new HashMap<>();
        values.put("user", userId.toString());
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
        values.put("asOf", finding.asOf() == null ? null : finding.asOf().toString());
        return values;
    }

    private StoredFinding stored(ResultSet rs, int row) throws SQLException {
        String asOf = rs.getString("as_of");
        Finding finding = new Finding(rs.getString("rule_id"), Severity.of(rs.getString("severity")),
                rs.getString("category"), rs.getString("input"), rs.getString("matched"), rs.getString("title"),
                rs.getString("explanation"), rs.getString("advice"), Evidence.of(rs.getString("evidence")),
                json.readValue(rs.getString("sources"), SOURCES), asOf == null ? null : LocalDate.parse(asOf));
        return new StoredFinding(UUID.fromString(rs.getString("id")), Origin.valueOf(rs.getString("origin")),
                State.valueOf(rs.getString("state")), rs.getInt("seen_count"),
                Instant.ofEpochMilli(rs.getLong("first_seen_at")), Instant.ofEpochMilli(rs.getLong("last_seen_at")),
                Instant.ofEpochMilli(rs.getLong("created_at")), finding);
    }
}
