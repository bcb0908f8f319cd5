package app.mitra.products.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.common.Ids;
import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import app.mitra.testing.MitraOnSqlite;
import tools.jackson.databind.JsonNode;

@MitraOnSqlite
@TestInstance(Lifecycle.PER_CLASS)
class BatchesApiIT {

    private static final String YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

    @LocalServerPort
    int port;

    private Api api;

    @BeforeAll
    void client() {
        api = new Api(port);
    }

    private String product(User user, String name) {
        return api.post(user, "/api/v1/products", "{\"name\": \"" + name + "\", \"vendor\": \"Leafy\", \"form\": \"POWDER\"}")
                .text("id");
    }

    private String leadBatch(User user, String product, double lead) {
        Answer batch = api.post(user, "/api/v1/products/" + product + "/batches", """
                {"batchCode": "L-1", "coa": {"testedOn": "%s", "mitragyninePercent": 1.5, "leadUgPerG": %s}}"""
                .formatted(YESTERDAY, lead));
        assertThat(batch.status()).as(batch.toString()).isEqualTo(201);
        return batch.text("id");
    }

    private String dose(User user, String product, String batch, String hour, double grams) {
        Answer dose = api.post(user, "/api/v1/doses", """
                {"takenAt": "%sT%s:00:00Z", "form": "POWDER", "amount": %s, "unit": "g", "productId": "%s", "batchId": "%s"}"""
                .formatted(YESTERDAY, hour, grams, product, batch));
        assertThat(dose.status()).as(dose.toString()).isEqualTo(201);
        return dose.text("id");
    }

    private JsonNode lead(User user) {
        JsonNode items = api.get(user, "/api/v1/exposure?from=" + YESTERDAY + "&to=" + YESTERDAY).json().get("items");
        for (JsonNode row : items) {
            if (row.get("element").asString().equals("lead")) {
                return row;
            }
        }
        return null;
    }

    @Test
    void aBatchIsCreatedReadListedEditedAndDeletedWithItsEvaluation() {
        User owner = api.newUser();
        String product = product(owner, "Green");
        Answer created = api.post(owner, "/api/v1/products/" + product + "/batches", "{\"batchCode\": \"G-1\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("evaluation").get("status").asString()).isEqualTo("UNVERIFIED");
        String id = created.text("id");
        assertThat(api.get(owner, "/api/v1/batches/" + id).json().get("batchCode").asString()).isEqualTo("G-1");
        assertThat(api.get(owner, "/api/v1/products/" + product + "/batches").json().get("items")).hasSize(1);

        Answer edited = api.put(owner, "/api/v1/batches/" + id, """
                {"batchCode": "G-1", "coa": {"salmonella": "DETECTED"}}""");
        assertThat(edited.status()).isEqualTo(200);
        JsonNode evaluation = api.get(owner, "/api/v1/batches/" + id + "/evaluation").json();
        assertThat(evaluation.get("status").asString()).isEqualTo("FAIL");
        assertThat(evaluation.get("findings").get(0).get("sources").get(0).get("url").asString()).startsWith("https://");

        assertThat(api.delete(owner, "/api/v1/batches/" + id).status()).isEqualTo(204);
        assertThat(api.get(owner, "/api/v1/batches/" + id).status()).isEqualTo(404);
    }

    @Test
    void aRepeatedCreateIsAnsweredWithTheStoredBatchAndAChangedOneIsAConflict() {
        User owner = api.newUser();
        String product = product(owner, "Green");
        String id = Ids.newId().toString();
        String body = "{\"id\": \"" + id + "\", \"batchCode\": \"%s\"}";
        assertThat(api.post(owner, "/api/v1/products/" + product + "/batches", body.formatted("A")).status()).isEqualTo(201);
        assertThat(api.post(owner, "/api/v1/products/" + product + "/batches", body.formatted("A")).status()).isEqualTo(200);
        assertThat(api.post(owner, "/api/v1/products/" + product + "/batches", body.formatted("B")).status()).isEqualTo(409);
    }

    @Test
    void badInputIsAProblemListingItsFields() {
        User owner = api.newUser();
        String product = product(owner, "Green");
        Answer refused = api.post(owner, "/api/v1/products/" + product + "/batches", """
                {"batchCode": " ", "coa": {"mitragyninePercent": 120, "leadUgPerG": -1}}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("batchCode", "coa.mitragyninePercent",
                "coa.leadUgPerG");
    }

    @Test
    void exposureFollowsTheJournalWhenADoseIsEditedOrDeleted() {
        User owner = api.newUser();
        String product = product(owner, "Green");
        String batch = leadBatch(owner, product, 2.0);
        String morning = dose(owner, product, batch, "08", 1);
        dose(owner, product, batch, "13", 1);
        String evening = dose(owner, product, batch, "19", 1);
        assertThat(lead(owner).get("ugTaken").asDouble()).isEqualTo(6.0);
        assertThat(lead(owner).get("ratio").asDouble()).isEqualTo(1.2);
        assertThat(lead(owner).get("complete").asBoolean()).isTrue();
        assertThat(api.get(owner, "/api/v1/batches/" + batch + "/evaluation").json().get("status").asString())
                .isEqualTo("WARN");

        api.put(owner, "/api/v1/doses/" + morning, """
                {"takenAt": "%sT08:00:00Z", "form": "POWDER", "amount": 0.5, "unit": "g", "productId": "%s", "batchId": "%s"}"""
                .formatted(YESTERDAY, product, batch));
        assertThat(lead(owner).get("ugTaken").asDouble()).isEqualTo(5.0);
        assertThat(api.get(owner, "/api/v1/batches/" + batch + "/evaluation").json().get("status").asString())
                .as("5 µg is at the limit, not above it").isEqualTo("PASS");

        api.delete(owner, "/api/v1/doses/" + evening);
        assertThat(lead(owner).get("ugTaken").asDouble()).isEqualTo(3.0);
    }

    @Test
    void aDayWithADoseWithoutACertificateIsIncomplete() {
        User owner = api.newUser();
        String product = product(owner, "Green");
        String batch = leadBatch(owner, product, 1.0);
        dose(owner, product, batch, "08", 2);
        api.post(owner, "/api/v1/doses", """
                {"takenAt": "%sT09:00:00Z", "form": "POWDER", "amount": 2, "unit": "g"}""".formatted(YESTERDAY));
        JsonNode lead = lead(owner);
        assertThat(lead.get("ugTaken").asDouble()).isEqualTo(2.0);
        assertThat(lead.get("complete").asBoolean()).isFalse();
        assertThat(lead.get("limitUgPerDay").asDouble()).isEqualTo(5.0);
    }

    @Test
    void aDoseNamingABatchOfAnotherProductOrAnotherPersonIsRefusedOnTheBatchField() {
        User owner = api.newUser();
        User stranger = api.newUser();
        String green = product(owner, "Green");
        String red = product(owner, "Red");
        String greenBatch = leadBatch(owner, green, 0.1);
        Answer wrongProduct = api.post(owner, "/api/v1/doses", """
                {"takenAt": "%sT08:00:00Z", "form": "POWDER", "amount": 1, "unit": "g", "productId": "%s", "batchId": "%s"}"""
                .formatted(YESTERDAY, red, greenBatch));
        assertThat(wrongProduct.status()).isEqualTo(400);
        assertThat(wrongProduct.errorFields()).containsExactly("batchId");

        String strangersProduct = product(stranger, "Green");
        Answer notTheirs = api.post(stranger, "/api/v1/doses", """
                {"takenAt": "%sT08:00:00Z", "form": "POWDER", "amount": 1, "unit": "g", "productId": "%s", "batchId": "%s"}"""
                .formatted(YESTERDAY, strangersProduct, greenBatch));
        assertThat(notTheirs.status()).isEqualTo(400);
        assertThat(notTheirs.errorFields()).containsExactly("batchId");
        assertThat(notTheirs.body()).doesNotContain("Green");
    }

    @Test
    void aBadCertificateFileIsRefusedWithLineNumbersAndNothingIsSaved() {
        User owner = api.newUser();
        String product = product(owner, "Green");
        Answer refused = api.post(owner, "/api/v1/products/" + product + "/batches/import", """
                batchCode,leadUgPerG
                A-1,0.3
                A-2,lots
                """);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("leadUgPerG");
        assertThat(api.get(owner, "/api/v1/products/" + product + "/batches").json().get("items")).isEmpty();

        Answer imported = api.post(owner, "/api/v1/products/" + product + "/batches/import", """
                [{"batchCode": "A-1", "coa": {"leadUgPerG": 0.3}}, {"batchCode": "A-2"}]""");
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        api.post(owner, "/api/v1/products/" + product + "/batches/import", "batchCode,leadUgPerG\nA-2,0.7\n");
        JsonNode batches = api.get(owner, "/api/v1/products/" + product + "/batches").json().get("items");
        assertThat(batches).hasSize(2);
        assertThat(batches.findValues("leadUgPerG")).extracting(JsonNode::asDouble).contains(0.3, 0.7);
    }

    @Test
    void anImportedRecallFailsTheBatchesItNamesAndIsListed() {
        User owner = api.newUser();
        String product = product(owner, "Green Maeng Da");
        String batch = leadBatch(owner, product, 0.1);
        Answer refused = api.post(owner, "/api/v1/recalls/import", "vendor,product\nLeafy,Green\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(api.get(owner, "/api/v1/recalls").json().get("items")).isEmpty();

        Answer imported = api.post(owner, "/api/v1/recalls/import", """
                vendor,product,batch,reason,source,date
                leafy,green maeng da,l-1,Salmonella,https://www.fda.gov/safety/recalls,2026-03-01
                Other,Other,,Lead,FDA,2026-03-02
                """);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(2);
        JsonNode evaluation = api.get(owner, "/api/v1/batches/" + batch + "/evaluation").json();
        assertThat(evaluation.get("status").asString()).isEqualTo("FAIL");
        assertThat(evaluation.get("findings").get(0).get("ruleId").asString()).isEqualTo("recall");
        JsonNode recalls = api.get(owner, "/api/v1/recalls").json().get("items");
        assertThat(recalls).hasSize(2);
        assertThat(api.delete(owner, "/api/v1/recalls/" + recalls.get(0).get("id").asString()).status()).isEqualTo(204);
    }

    @Test
    void aBadExposureRangeIsAProblem() {
        User owner = api.newUser();
        assertThat(api.get(owner, "/api/v1/exposure?from=2026-05-01&to=2026-04-01").status()).isEqualTo(400);
        assertThat(api.get(owner, "/api/v1/exposure?from=May").errorFields()).containsExactly("from");
        assertThat(api.get(owner, "/api/v1/exposure").json().get("items")).isEmpty();
    }
}
