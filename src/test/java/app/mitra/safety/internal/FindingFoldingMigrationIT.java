package app.mitra.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.mitra.testing.TestDatabase;

/**
 * V17 folds the finding rows an installation already has: every dose's copy of a finding becomes one
 * finding per rule and subject, with the newest row's state, the count of rows, and the first and last
 * time, each dose kept as an occurrence in its own words. On both databases.
 */
class FindingFoldingMigrationIT {

    private static final String EVERY_DAY = "guardrail-consecutive-days";
    private static final String AFTER_DRINK = "guardrail-recent-depressant";

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void duplicateFindingRowsAreFoldedIntoOnePerRuleAndSubject(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Flyway.configure().configuration(database.flyway().getConfiguration())
                    .target(MigrationVersion.fromVersion("16")).load().migrate();
            JdbcClient jdbc = database.jdbc();
            UUID ana = database.person();
            UUID ben = database.person();
            dose(jdbc, ana, "d1", 1_000);
            dose(jdbc, ana, "d2", 2_000);
            // d3 was deleted without its finding (it cannot happen now; the migration copes): its row's own time counts.
            finding(jdbc, ana, "f1", "DOSE", "NEW", "d1", EVERY_DAY + "|", EVERY_DAY, null, null, "7 days", 10_000);
            finding(jdbc, ana, "f2", "DOSE", "ACKNOWLEDGED", "d2", EVERY_DAY + "|", EVERY_DAY, null, null, "8 days", 20_000);
            finding(jdbc, ana, "f3", "DOSE", "ACKNOWLEDGED", "d3", EVERY_DAY + "|", EVERY_DAY, null, null, "9 days", 30_000);
            finding(jdbc, ana, "f4", "DOSE", "NEW", "d1", AFTER_DRINK + "|beer (2 standard drinks)", AFTER_DRINK,
                    "beer (2 standard drinks)", "beer", "2 drinks", 11_000);
            finding(jdbc, ana, "f5", "DOSE", "NEW", "d2", AFTER_DRINK + "|beer (1 standard drink)", AFTER_DRINK,
                    "beer (1 standard drink)", "Beer", "1 drink", 21_000);
            finding(jdbc, ana, "f6", "PROFILE", "ACKNOWLEDGED", null, "tramadol|tramadol 50 mg", "tramadol",
                    "tramadol 50 mg", "tramadol", "profile", 5_000);
            finding(jdbc, ben, "f7", "DOSE", "NEW", "d9", EVERY_DAY + "|", EVERY_DAY, null, null, "ben's", 40_000);

            database.migrate();

            List<Map<String, Object>> rows = jdbc.sql("""
                    select id, state, seen_count, first_seen_at, last_seen_at, explanation from safety_finding
                    where user_id = :user order by id""").param("user", ana.toString()).query().listOfRows();
            assertThat(rows).extracting(r -> r.get("id")).containsExactly("f3", "f5", "f6");
            assertThat(row(rows, "f3")).as("the newest row stands for its group, with its state")
                    .containsEntry("state", "ACKNOWLEDGED").containsEntry("explanation", "9 days");
            assertThat(number(row(rows, "f3"), "seen_count")).isEqualTo(3);
            assertThat(number(row(rows, "f3"), "first_seen_at")).as("when its earliest dose was taken").isEqualTo(1_000);
            assertThat(number(row(rows, "f3"), "last_seen_at")).as("the deleted dose's row time").isEqualTo(30_000);
            assertThat(row(rows, "f5")).as("two amounts of beer are one subject").containsEntry("state", "NEW");
            assertThat(number(row(rows, "f5"), "seen_count")).isEqualTo(2);
            assertThat(number(row(rows, "f6"), "seen_count")).isEqualTo(1);
            assertThat(number(row(rows, "f6"), "first_seen_at")).isEqualTo(5_000);

            List<Map<String, Object>> occurrences = jdbc.sql("""
                    select dose_id, finding_id, seen_at, explanation from safety_finding_dose
                    where user_id = :user order by finding_id, seen_at""").param("user", ana.toString()).query().listOfRows();
            assertThat(occurrences).extracting(r -> r.get("dose_id") + " " + r.get("finding_id") + " " + r.get("explanation"))
                    .containsExactly("d1 f3 7 days", "d2 f3 8 days", "d3 f3 9 days", "d1 f5 2 drinks", "d2 f5 1 drink");
            assertThat(jdbc.sql("select count(*) from safety_finding where user_id = :user")
                    .param("user", ben.toString()).query(Long.class).single()).as("another person's rows stay theirs")
                    .isEqualTo(1L);
        }
    }

    private static Map<String, Object> row(List<Map<String, Object>> rows, String id) {
        return rows.stream().filter(r -> id.equals(r.get("id"))).findFirst().orElseThrow();
    }

    private static long number(Map<String, Object> row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private static void dose(JdbcClient jdbc, UUID user, String id, long takenAt) {
        jdbc.sql("""
                insert into journal_dose (user_id, id, taken_at, zone, form, amount, unit, material_mg, approximate,
                    request_hash, created_at, updated_at)
                values (:user, :id, :at, 'UTC', 'POWDER', 3, 'g', 3000, :approximate, 'h', :at, :at)""")
                .param("approximate", false).param("user", user.toString()).param("id", id).param("at", takenAt).update();
    }

    private static void finding(JdbcClient jdbc, UUID user, String id, String origin, String state, String dose,
            String key, String rule, String input, String matched, String explanation, long createdAt) {
        jdbc.sql("""
                insert into safety_finding (user_id, id, origin, state, dose_id, finding_key, rule_id, severity, category,
                    input, matched, title, explanation, advice, evidence, sources, created_at)
                values (:user, :id, :origin, :state, :dose, :key, :rule, 'monitor', 'consecutive-days', :input, :matched,
                    'Title', :explanation, 'Advice', 'moderate', '[]', :at)""")
                .param("user", user.toString()).param("id", id).param("origin", origin).param("state", state)
                .param("dose", dose).param("key", key).param("rule", rule).param("input", input).param("matched", matched)
                .param("explanation", explanation).param("at", createdAt).update();
    }
}
