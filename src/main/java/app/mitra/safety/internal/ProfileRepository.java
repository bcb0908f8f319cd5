package app.mitra.safety.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.mitra.safety.HealthProfile;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL of the safety_profile table: one row per user. */
@Repository
public class ProfileRepository {

    private static final TypeReference<List<String>> LINES = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ProfileRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<HealthProfile> find(UUID userId, String timeZone) {
        return jdbc.sql("""
                select age, conditions, medications, substances, jurisdiction, daily_limit_mg, max_doses_per_day
                from safety_profile where user_id = :user""")
                .param("user", userId.toString())
                .query((rs, row) -> {
                    int age = rs.getInt("age");
                    Integer ageValue = rs.wasNull() ? null : age;
                    int limit = rs.getInt("daily_limit_mg");
                    Integer limitValue = rs.wasNull() ? null : limit;
                    int max = rs.getInt("max_doses_per_day");
                    Integer maxValue = rs.wasNull() ? null : max;
                    return new HealthProfile(timeZone, ageValue, json.readValue(rs.getString("conditions"), LINES),
                            json.readValue(rs.getString("medications"), LINES),
                            json.readValue(rs.getString("substances"), LINES), rs.getString("jurisdiction"),
                            limitValue, maxValue);
                })
                .optional();
    }

    public void save(UUID userId, HealthProfile profile, long now) {
        int updated = jdbc.sql("""
                update safety_profile set age = :age, conditions = :conditions, medications = :medications,
                    substances = :substances, jurisdiction = :jurisdiction, daily_limit_mg = :limit,
                    max_doses_per_day = :max, updated_at = :now
                where user_id = :user""")
                .params(values(userId, profile, now)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into safety_profile (user_id, age, conditions, medications, substances, jurisdiction,
                        daily_limit_mg, max_doses_per_day, updated_at)
                    values (:user, :age, :conditions, :medications, :substances, :jurisdiction, :limit, :max, :now)""")
                    .params(values(userId, profile, now)).update();
        }
    }

    private java.util.Map<String, Object> values(UUID userId, HealthProfile profile, long now) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("user", userId.toString());
        values.put("age", profile.age());
        values.put("conditions", json.writeValueAsString(profile.conditions()));
        values.put("medications", json.writeValueAsString(profile.medications()));
        values.put("substances", json.writeValueAsString(profile.substances()));
        values.put("jurisdiction", profile.jurisdiction());
        values.put("limit", profile.dailyLimitMg());
        values.put("max", profile.maxDosesPerDay());
        values.put("now", now);
        return values;
    }
}
