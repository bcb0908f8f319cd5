package app.mitra.reports.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mitra's own data leaves and comes back whole, on each database ({@link PortabilityOnSqliteIT},
 * {@link PortabilityOnPostgresIT}): export, import into an empty account, export again gives the
 * same file but for ids; a cut-short file stores nothing; another account's export gets ids of its own.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class PortabilityContract {

    @LocalServerPort
    int port;

    Api api;
    Uploads uploads;
    User ana;

    @BeforeAll
    void aPersonWithEveryKindOfRecord() {
        api = new Api(port);
        uploads = new Uploads(port);
        ana = api.newUser("Europe/Berlin");
        ok(api.put(ana, "/api/v1/profile", """
                {"timeZone": "Europe/Berlin", "age": 47, "conditions": ["high blood pressure"],
                 "medications": ["Xanax 0.5 mg as needed", "ibuprofen"], "substances": ["a few beers at weekends"],
                 "dailyLimitMg": 8000, "maxDosesPerDay": 3}"""));
        JsonNode finding = api.get(ana, "/api/v1/safety/findings").json().get("items").get(0);
        ok(api.post(ana, "/api/v1/safety/findings/" + finding.get("id").asString() + "/acknowledge", null));
        String capsules = api.post(ana, "/api/v1/products", """
                {"name": "Green Malay caps", "vendor": "Leafhouse", "strain": "Green Malay", "vein": "GREEN",
                 "form": "CAPSULES", "capsuleMg": 500}""").text("id");
        api.post(ana, "/api/v1/products", """
                {"name": "Old red", "form": "POWDER"}""");
        String batch = api.post(ana, "/api/v1/products/" + capsules + "/batches", """
                {"batchCode": "GM-0925", "purchasedOn": "2026-09-20",
                 "coa": {"lab": "Lab One", "testedOn": "2026-09-01", "batchCode": "GM-0925",
                  "mitragyninePercent": 1.4, "sevenOhPercent": 0.02, "leadUgPerG": 0.3, "salmonella": "NOT_DETECTED",
                  "totalAerobicCfuPerG": 12000}}""").text("id");
        ok(api.post(ana, "/api/v1/products/" + capsules + "/batches", """
                {"batchCode": "GM-0801"}"""));
        ok(api.post(ana, "/api/v1/recalls/import", """
                vendor,product,batch,reason,source,date
                Leafhouse,Green Malay caps,GM-0801,"salmonella, found in testing",https://example.org/recalls,2026-09-30
                Other shop,Bali,,lead,https://example.org/recalls,2026-08-01
                """));
        for (int day = 1; day <= 3; day++) {
            ok(api.post(ana, "/api/v1/checkins", """
                    {"takenAt": "2026-10-0%dT07:30:00+02:00", "pain": %d, "enjoyment": 4, "activity": 5,
                     "painTypes": ["NEUROPATHIC", "MUSCULOSKELETAL"], "bodySites": ["lower back", "left knee"],
                     "mood": 6, "sleepQuality": 3, "sideEffects": [{"symptom": "nausea", "severity": 2}],
                     "note": "stiff, \\"bad\\" night, rain"}""".formatted(day, 5 + day)));
            ok(api.post(ana, "/api/v1/doses", """
                    {"takenAt": "2026-10-0%dT08:00:00+02:00", "form": "CAPSULES", "amount": 4, "unit": "capsules",
                     "productId": "%s", "batchId": %s, "method": "SWALLOWED"}""".formatted(day, capsules,
                    day == 1 ? "\"" + batch + "\"" : "null")));
            ok(api.post(ana, "/api/v1/doses", """
                    {"takenAt": "2026-10-0%dT19:00:00+02:00", "form": "POWDER", "amount": 1.5, "unit": "tsp",
                     "method": "TOSS_AND_WASH", "note": "évening, with tea ☕"}""".formatted(day)));
        }
        ok(api.post(ana, "/api/v1/checkins", """
                {"takenAt": "2026-10-04T12:00:00Z", "pain": 3}"""));
        ok(api.post(ana, "/api/v1/substances", """
                {"takenAt": "2026-10-02T21:00:00+02:00", "kind": "ALCOHOL", "name": "beer", "amount": 2}"""));
        ok(api.post(ana, "/api/v1/substances", """
                {"takenAt": "2026-10-03T09:00:00+02:00", "kind": "MEDICINE", "name": "ibuprofen", "amount": 400,
                 "unit": "mg"}"""));
        ok(api.post(ana, "/api/v1/withdrawal", """
                {"takenAt": "2026-10-04T07:00:00+02:00", "symptoms": [{"symptom": "restless legs", "score": 2},
                 {"symptom": "yawning", "score": 1}], "note": "late dose"}"""));
        ok(api.post(ana, "/api/v1/notes", """
                {"takenAt": "2026-10-02T22:00:00+02:00", "title": "Long walk", "text": "knees ached, \\"worth it\\" ☀",
                 "mood": "meh", "tags": ["walk", "family | friends"]}"""));
        ok(api.post(ana, "/api/v1/notes", """
                {"takenAt": "2026-10-03T08:00:00+02:00", "mood": "rad"}"""));
        ok(api.put(ana, "/api/v1/taper", """
                {"startMg": 6000, "reductionPercent": 10, "stepDays": 7, "startDate": "%s"}"""
                .formatted(LocalDate.now().minusDays(3))));
        ok(api.post(ana, "/api/v1/taper/pause", null));
    }

    @Test
    void exportImportExportGivesTheSameJsonButForIds() {
        Uploads.Answer first = uploads.export(ana, "json");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.contentType()).startsWith("application/json");
        User ben = api.newUser();

        Uploads.Answer imported = uploads.importFile(ben, "mitra-json", first.body());

        assertThat(imported.status()).as(new String(imported.body())).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).as("2 products, 2 batches, 2 recalls, 4 check-ins, "
                + "6 doses, 2 substances, 1 withdrawal check-in, 2 notes, the profile and the taper plan")
                .isEqualTo(23);
        JsonNode again = uploads.export(ben, "json").json();
        assertThat(withoutIds(again)).isEqualTo(withoutIds(first.json()));
        assertThat(first.json().get("doses")).hasSize(6);
        assertThat(first.json().get("batches")).hasSize(2);
        assertThat(first.json().get("recalls")).hasSize(2);
        assertThat(again.get("doses").findValues("batchId").stream().filter(JsonNode::isString).count())
                .as("the dose naming a batch still names it").isEqualTo(1);
        assertThat(first.json().get("acknowledged")).hasSize(1);
        assertThat(first.json().get("notes")).hasSize(2);
        assertThat(again.get("taper").get("pauses")).hasSize(1);
    }

    @Test
    void exportImportExportGivesTheSameCsvZipButForIds() {
        Uploads.Answer zip = uploads.export(ana, "csv");
        assertThat(zip.status()).isEqualTo(200);
        assertThat(zip.contentType()).isEqualTo("application/zip");
        User cleo = api.newUser();

        Uploads.Answer imported = uploads.importFile(cleo, "mitra-csv", zip.body());

        assertThat(imported.status()).as(new String(imported.body())).isEqualTo(200);
        assertThat(withoutIds(uploads.export(cleo, "json").json()))
                .isEqualTo(withoutIds(uploads.export(ana, "json").json()));
    }

    @Test
    void anExportFromBeforeNotesStillImports() {
        ObjectNode export = (ObjectNode) uploads.export(ana, "json").json();
        export.remove("notes");
        User gus = api.newUser();

        Uploads.Answer imported = uploads.importFile(gus, "mitra-json", Uploads.JSON.writeValueAsBytes(export));

        assertThat(imported.status()).as(new String(imported.body())).isEqualTo(200);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(21);
        assertThat(uploads.export(gus, "json").json().get("notes")).isEmpty();
    }

    @Test
    void anExportWithoutBatchesAndRecallsStillImports() {
        ObjectNode older = (ObjectNode) uploads.export(ana, "json").json();
        older.remove("batches");
        older.remove("recalls");
        older.withArray("doses").forEach(dose -> ((ObjectNode) dose).putNull("batchId"));
        User gus = api.newUser();

        Uploads.Answer imported = uploads.importFile(gus, "mitra-json", Uploads.JSON.writeValueAsBytes(older));

        assertThat(imported.status()).as(new String(imported.body())).isEqualTo(200);
        assertThat(uploads.export(gus, "json").json().get("doses")).hasSize(6);
        assertThat(uploads.export(gus, "json").json().get("batches")).isEmpty();
    }

    @Test
    void aCutShortExportImportsNothing() {
        byte[] export = uploads.export(ana, "json").body();
        User dev = api.newUser();

        Uploads.Answer refused = uploads.importFile(dev, "mitra-json", java.util.Arrays.copyOf(export, export.length / 2));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("errors").get(0).get("line").asInt()).isPositive();
        assertThat(uploads.export(dev, "json").json().get("doses")).isEmpty();
        assertThat(uploads.export(dev, "json").json().get("products")).isEmpty();
    }

    @Test
    void aRecordBreakingARuleRefusesTheWholeFileAndNamesItsLine() {
        ObjectNode export = (ObjectNode) uploads.export(ana, "json").json();
        ((ObjectNode) export.get("checkIns").get(1)).put("pain", 14);
        User eli = api.newUser();

        Uploads.Answer refused = uploads.importFile(eli, "mitra-json", Uploads.JSON.writeValueAsBytes(export));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("pain");
        assertThat(uploads.export(eli, "json").json().get("checkIns")).isEmpty();
        assertThat(uploads.export(eli, "json").json().get("doses")).as("not even the valid rows").isEmpty();
    }

    @Test
    void anotherAccountsExportGetsIdsOfItsOwnAndTouchesNothingOfTheirs() {
        JsonNode anas = uploads.export(ana, "json").json();
        User fay = api.newUser();
        uploads.importFile(fay, "mitra-json", Uploads.JSON.writeValueAsBytes(anas));
        JsonNode fays = uploads.export(fay, "json").json();

        Set<String> anaIds = ids(anas);
        assertThat(ids(fays)).doesNotContainAnyElementsOf(anaIds);
        String anaDose = anas.get("doses").get(0).get("id").asString();
        assertThat(api.get(fay, "/api/v1/doses/" + anaDose).status()).isEqualTo(404);
        assertThat(withoutIds(uploads.export(ana, "json").json())).isEqualTo(withoutIds(anas));
        assertThat(uploads.importFile(fay, "mitra-json", Uploads.JSON.writeValueAsBytes(anas)).json()
                .get("imported").asInt()).as("imported again: everything is there already").isZero();
    }

    private static void ok(Api.Answer answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 204);
    }

    private static Set<String> ids(JsonNode export) {
        Set<String> ids = new HashSet<>();
        for (String kind : List.of("products", "batches", "recalls", "checkIns", "doses", "substances", "withdrawals",
                "notes")) {
            export.get(kind).forEach(row -> ids.add(row.get("id").asString()));
        }
        return ids;
    }

    /** The export with its ids and time of export left out, and rows naming their product and batch by name. */
    private static JsonNode withoutIds(JsonNode export) {
        ObjectNode copy = (ObjectNode) export.deepCopy();
        copy.remove("exportedAt");
        Map<String, String> productNames = new HashMap<>();
        copy.get("products").forEach(p -> productNames.put(p.get("id").asString(), p.get("name").asString()));
        Map<String, String> batchCodes = new HashMap<>();
        copy.get("batches").forEach(b -> batchCodes.put(b.get("id").asString(), b.get("batchCode").asString()));
        for (String kind : List.of("products", "batches", "recalls", "checkIns", "doses", "substances",
                "withdrawals", "notes")) {
            List<JsonNode> rows = new ArrayList<>();
            for (JsonNode row : copy.get(kind)) {
                ObjectNode r = ((ObjectNode) row).deepCopy();
                r.remove("id");
                if (r.hasNonNull("productId")) {
                    r.put("productId", productNames.get(r.get("productId").asString()));
                }
                if (r.hasNonNull("batchId")) {
                    r.put("batchId", batchCodes.get(r.get("batchId").asString()));
                }
                rows.add(r);
            }
            rows.sort(java.util.Comparator.comparing(JsonNode::toString));
            ArrayNode sorted = copy.arrayNode();
            rows.forEach(sorted::add);
            copy.set(kind, sorted);
        }
        return copy;
    }
}
