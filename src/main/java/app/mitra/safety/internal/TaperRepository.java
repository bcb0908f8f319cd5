package app.mitra.safety.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.mitra.safety.TaperPause;
import app.mitra.safety.TaperPlan;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL of the safety_taper table: at most one plan per user. */
@Repository
public class TaperRepository {

    private static final TypeReference<List<TaperPause>> PAUSES = new TypeReference<>() { };

    /** A stored plan as the table holds it. */
    public record Stored(UUID id, TaperPlan plan, List<TaperPause> pauses, Instant createdAt, Instant updatedAt) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TaperRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<Stored> find(UUID userId) {
        return jdbc.sql("""
                select id, start_mg, reduction_kind, reduction_value, step_days, start_date, end_mg, pauses,
                    created_at, updated_at
                from safety_taper where user_id = :user""")
                .param("user", userId.toString())
                .query((rs, row) -> {
                    boolean percent = "PERCENT".equals(rs.getString("reduction_kind"));
                    double reduction = rs.getDouble("reduction_value");
                    TaperPlan plan = new TaperPlan(rs.getInt("start_mg"), percent ? null : (int) Math.round(reduction),
                            percent ? reduction : null, rs.getInt("step_days"),
                            LocalDate.parse(rs.getString("start_date")), rs.getInt("end_mg"));
                    return new Stored(UUID.fromString(rs.getString("id")), plan,
                            json.readValue(rs.getString("pauses"), PAUSES),
                            Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
                })
                .optional();
    }

    public void insert(UUID userId, UUID id, TaperPlan plan, long now) {
        jdbc.sql("""
                insert into safety_taper (user_id, id, start_mg, reduction_kind, reduction_value, step_days, start_date,
                    end_mg, pauses, created_at, updated_at)
                values (:user, :id, :startMg, :kind, :reduction, :stepDays, :startDate, :endMg, '[]', :now, :now)""")
                .params(values(plan)).param("user", userId.toString()).param("id", id.toString()).param("now", now)
                .update();
    }

    public void update(UUID userId, TaperPlan plan, long now) {
        jdbc.sql("""
                update safety_taper set start_mg = :startMg, reduction_kind = :kind, reduction_value = :reduction,
                    step_days = :stepDays, start_date = :startDate, end_mg = :endMg, updated_at = :now
                where user_id = :user""")
                .params(values(plan)).param("user", userId.toString()).param("now", now)
                .update();
    }

    public void savePauses(UUID userId, List<TaperPause> pauses, long now) {
        jdbc.sql("update safety_taper set pauses = :pauses, updated_at = :now where user_id = :user")
                .param("pauses", json.writeValueAsString(pauses)).param("now", now).param("user", userId.toString())
                .update();
    }

    public boolean delete(UUID userId) {
        return jdbc.sql("delete from safety_taper where user_id = :user").param("user", userId.toString())
                .update() == 1;
    }

    private static Map<String, Object> values(TaperPlan plan) {
        Map<String, Object> values = new HashMap<>();
        values.put("startMg", plan.startMg());
        values.put("kind", plan.byPercent() ? "PERCENT" : "MG");
        values.put("reduction", plan.byPercent() ? plan.reductionPercent() : plan.reductionMg().doubleValue());
        values.put("stepDays", plan.stepDays());
        values.put("startDate", plan.startDate().toString());
        values.put("endMg", plan.endMg());
        return values;
    }
}
