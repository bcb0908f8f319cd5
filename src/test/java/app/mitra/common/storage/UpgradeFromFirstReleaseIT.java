package app.mitra.common.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.mitra.testing.TestDatabase;

/**
 * An installation of the first release (schema V6) with a row in every table, upgraded to this
 * build's schema: every row and every value it had is still there, on both databases.
 */
class UpgradeFromFirstReleaseIT {

    static final String FIRST_RELEASE = "6";
    private static final String USER = "0190a000-0000-7000-8000-00000000a001";
    private static final String SESSION = "0190a000-0000-7000-8000-00000000b001";
    /**
     * Columns a later migration moved into a table of their own, so their values are checked where they
     * went: a finding's dose_id became an occurrence in safety_finding_dose (V17, SafetyFindingFoldingIT).
     */
    private static final Map<String, Set<String>> MOVED = Map.of("safety_finding", Set.of("dose_id"));

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void everyRowOfTheFirstReleaseSurvivesTheUpgrade(TestDatabase.Kind kind) {
        try (TestDatabase database = TestDatabase.create(kind)) {
            Flyway firstRelease = Flyway.configure().configuration(database.flyway().getConfiguration())
                    .target(MigrationVersion.fromVersion(FIRST_RELEASE)).load();
            firstRelease.migrate();
            JdbcClient jdbc = database.jdbc();
            FIXTURE.forEach((table, row) -> insert(jdbc, table, row));
            Set<String> tablesAtFirstRelease = tables(jdbc, kind);
            tablesAtFirstRelease.remove("flyway_schema_history");
            assertThat(tablesAtFirstRelease).as("the fixture fills every table of the first release")
                    .containsExactlyInAnyOrderElementsOf(FIXTURE.keySet());
            Map<String, List<Map<String, Object>>> before = contents(jdbc, tablesAtFirstRelease);

            database.migrate();

            assertThat(database.flyway().info().pending()).isEmpty();
            Map<String, List<Map<String, Object>>> after = contents(jdbc, tablesAtFirstRelease);
            before.forEach((table, rows) -> {
                assertThat(after.get(table)).as(table).hasSameSizeAs(rows);
                for (int i = 0; i < rows.size(); i++) {
                    Map<String, Object> kept = new LinkedHashMap<>(rows.get(i));
                    kept.keySet().removeAll(MOVED.getOrDefault(table, Set.of()));
                    assertThat(after.get(table).get(i)).as(table).containsAllEntriesOf(kept);
                }
            });
        }
    }

    private static void insert(JdbcClient jdbc, String table, Map<String, Object> row) {
        jdbc.sql("insert into " + table + " (" + String.join(", ", row.keySet()) + ") values (:"
                + String.join(", :", row.keySet()) + ")").params(row).update();
    }

    private static Set<String> tables(JdbcClient jdbc, TestDatabase.Kind kind) {
        return new TreeSet<>(jdbc.sql(kind == TestDatabase.Kind.SQLITE ? "select name from sqlite_master where type = 'table'"
                : "select table_name from information_schema.tables where table_schema = 'public'")
                .query(String.class).list());
    }

    /** Every table's rows, in a fixed order, with values made comparable across drivers. */
    private static Map<String, List<Map<String, Object>>> contents(JdbcClient jdbc, Set<String> tables) {
        Map<String, List<Map<String, Object>>> contents = new LinkedHashMap<>();
        for (String table : tables) {
            contents.put(table, jdbc.sql("select * from " + table).query().listOfRows().stream()
                    .map(UpgradeFromFirstReleaseIT::comparable).sorted((a, b) -> a.toString().compareTo(b.toString()))
                    .toList());
        }
        return contents;
    }

    private static Map<String, Object> comparable(Map<String, Object> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        row.forEach((column, value) -> values.put(column.toLowerCase(), value instanceof byte[] bytes
                ? HexFormat.of().formatHex(bytes) : String.valueOf(value)));
        return values;
    }

    private static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }

    /** One row per table of schema V6, in an order that satisfies its foreign keys. */
    private static final Map<String, Map<String, Object>> FIXTURE = new LinkedHashMap<>();

    static {
        FIXTURE.put("accounts_user", row("id", USER, "username", "first-release", "password_hash", "$argon2id$x",
                "roles", "person,admin", "time_zone", "Europe/Berlin", "created_at", 1_700_000_000_000L));
        FIXTURE.put("accounts_token", row("user_id", USER, "id", "t1", "name", "phone", "token_hash", "h1",
                "created_at", 1L, "expires_at", 2L, "last_used_at", 3L));
        FIXTURE.put("accounts_invite", row("user_id", USER, "id", "i1", "code_hash", "c1", "created_at", 1L,
                "expires_at", 2L, "used_by", "first-release", "used_at", 3L));
        FIXTURE.put("accounts_audit", row("user_id", USER, "id", "a1", "entity", "dose", "entity_id", "d1",
                "action", "update", "at", 4L, "before_json", "{\"amount\":1}", "after_json", "{\"amount\":2}"));
        FIXTURE.put("accounts_session", row("primary_id", SESSION, "session_id", "0190a000-0000-7000-8000-00000000b002",
                "creation_time", 1L, "last_access_time", 2L, "max_inactive_interval", 1800, "expiry_time", 9L,
                "principal_name", "first-release"));
        FIXTURE.put("accounts_session_attributes", row("session_primary_id", SESSION, "attribute_name", "SPRING_SECURITY",
                "attribute_bytes", new byte[] {1, 2, 3}));
        FIXTURE.put("products_product", row("user_id", USER, "id", "p1", "name", "Red Bali", "vendor", "Shop",
                "strain", "Bali", "vein", "RED", "form", "CAPSULES", "capsule_mg", 500, "extract_ratio", null,
                "alkaloid_mg_per_unit", 7.5, "archived", false, "request_hash", "rp", "created_at", 1L, "updated_at", 2L));
        FIXTURE.put("journal_checkin", row("user_id", USER, "id", "c1", "taken_at", 10L, "zone", "Europe/Berlin",
                "pain", 6, "enjoyment", 5, "activity", 4, "mood", 3, "anxiety", 2, "energy", 1, "sleep_quality", 7,
                "pain_types", "ACHING", "body_sites", "lower back", "side_effects", "NAUSEA", "note", "long walk",
                "request_hash", "rc", "created_at", 10L, "updated_at", 11L));
        FIXTURE.put("journal_dose", row("user_id", USER, "id", "d1", "taken_at", 20L, "zone", "Europe/Berlin",
                "form", "CAPSULES", "amount", 4.0, "unit", "capsules", "method", "SWALLOWED", "product_id", "p1",
                "batch_id", null, "note", "with food", "material_mg", 2000, "leaf_equivalent_mg", null,
                "mitragynine_mg", 30.0, "seven_oh_mg", 0.4, "approximate", false, "request_hash", "rd",
                "created_at", 20L, "updated_at", 21L));
        FIXTURE.put("safety_profile", row("user_id", USER, "age", 44, "conditions", "[\"epilepsy\"]",
                "medications", "[\"sertraline\"]", "substances", "[]", "jurisdiction", "DE", "daily_limit_mg", 8000,
                "max_doses_per_day", 4, "updated_at", 30L));
        FIXTURE.put("safety_finding", row("user_id", USER, "id", "f1", "origin", "profile", "state", "new",
                "dose_id", "d1", "finding_key", "k1", "rule_id", "ssri", "severity", "caution", "category", "medication",
                "input", "sertraline", "matched", "sertraline", "title", "Serotonergic", "explanation", "why",
                "advice", "talk to a clinician", "evidence", "moderate", "sources", "[]", "created_at", 31L,
                "acknowledged_at", 32L));
        FIXTURE.put("journal_substance", row("user_id", USER, "id", "s1", "taken_at", 40L, "zone", "UTC",
                "kind", "ALCOHOL", "name", "beer", "amount", 1.0, "unit", "DRINKS", "note", "one", "request_hash", "rs",
                "created_at", 40L, "updated_at", 41L));
        FIXTURE.put("journal_withdrawal", row("user_id", USER, "id", "w1", "taken_at", 50L, "zone", "UTC",
                "symptoms", "{\"restless\":2}", "total", 2, "note", "evening", "request_hash", "rw", "created_at", 50L,
                "updated_at", 51L));
        FIXTURE.put("safety_taper", row("user_id", USER, "id", "tp1", "start_mg", 8000, "reduction_kind", "PERCENT",
                "reduction_value", 10.0, "step_days", 7, "start_date", "2026-01-01", "end_mg", 0, "pauses", "[]",
                "created_at", 60L, "updated_at", 61L));
    }
}
