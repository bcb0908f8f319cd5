package app.mitra.reports.internal.imports;

import static app.mitra.reports.internal.imports.Uploads.fixture;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import app.mitra.testing.MitraOnSqlite;
import tools.jackson.databind.JsonNode;

/**
 * Imports from other apps with synthetic fixtures (src/test/resources/imports) that copy each format's
 * shape and quirks: IMPORT_FORMATS.md. Each format also has a broken file that imports nothing.
 */
@MitraOnSqlite
@TestInstance(Lifecycle.PER_CLASS)
class ImportFormatsIT {

    @LocalServerPort
    int port;

    Api api;
    Uploads uploads;

    @BeforeAll
    void clients() {
        api = new Api(port);
        uploads = new Uploads(port);
    }

    @Test
    void psychonautWikiKratomUnderAnyNameBecomesDosesAndEverythingElseSubstanceEntries() {
        User gil = api.newUser();

        JsonNode answer = imported(gil, "psychonautwiki-journal", "psychonautwiki-journal.json");

        assertThat(answer.get("imported").asInt()).isEqualTo(7);
        assertThat(answer.get("skipped").asInt()).isEqualTo(2);
        assertThat(answer.get("skippedLines").toString()).contains("someone else (Sam)").contains("no amount");
        List<JsonNode> doses = items(gil, "/api/v1/doses");
        assertThat(doses).extracting(d -> d.get("materialMg").asLong()).containsExactlyInAnyOrder(1500L, 2500L, 3000L);
        assertThat(doses).extracting(d -> d.get("note").asString()).anySatisfy(note -> assertThat(note)
                .contains("route: chewed").contains("taken over 30 min"))
                .anySatisfy(note -> assertThat(note).contains("estimated (± 0.5)").contains("stomach: halffull"));
        List<JsonNode> substances = items(gil, "/api/v1/substances");
        assertThat(substances).extracting(s -> (s.get("name").asString() + " " + s.get("amount") + " " + s.get("unit")).replace("\"", ""))
                .containsExactlyInAnyOrder("Caffeine 100.0 mg", "Beer null null", "Coffee null null",
                        "Melatonin 0.3 mg");
        assertThat(substances).filteredOn(s -> s.get("name").asString().equals("Beer"))
                .allSatisfy(beer -> assertThat(beer.get("kind").asString()).isEqualTo("ALCOHOL"))
                .allSatisfy(beer -> assertThat(beer.get("note").asString()).contains("500 ml"));
    }

    @Test
    void aPsychonautWikiFileCutShortImportsNothing() {
        User hal = api.newUser();

        Uploads.Answer refused = uploads.importFile(hal, "psychonautwiki-journal", fixture("psychonautwiki-journal-cut.json"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("line").asInt()).isPositive();
        assertThat(items(hal, "/api/v1/doses")).isEmpty();
        assertThat(items(hal, "/api/v1/substances")).isEmpty();
    }

    @Test
    void bearableBothLayoutsImportTheSameEntriesAndItsOwnScalesBecomeNotesWordForWord() {
        User ida = api.newUser("America/Chicago");
        User jon = api.newUser("America/Chicago");

        JsonNode older = imported(ida, "bearable-csv", "bearable-2021.csv");
        imported(jon, "bearable-csv", "bearable-2024.csv");

        assertThat(older.get("imported").asInt()).as("4 meds rows and 5 notes").isEqualTo(9);
        assertThat(older.get("skippedLines").toString()).contains("a kratom dose with no amount")
                .doesNotContain("Symptom").doesNotContain("Mood");
        assertThat(entries(ida)).isEqualTo(entries(jon));
        List<JsonNode> doses = items(ida, "/api/v1/doses");
        assertThat(doses).extracting(d -> d.get("takenAt").asString() + " " + d.get("materialMg").asLong())
                .containsExactlyInAnyOrder("2025-03-03T14:05:00Z 3000", "2025-04-02T08:04:00Z 2500");
        assertThat(doses).extracting(d -> d.get("note").asString()).contains("with breakfast, toss and wash",
                "after waking, \"bad night\"");
        assertThat(items(ida, "/api/v1/substances")).extracting(s -> s.get("name").asString() + " " + s.get("note"))
                .anySatisfy(s -> assertThat(s).startsWith("Ibuprofen").contains("Bearable time of day: pm"));
        List<JsonNode> notes = items(ida, "/api/v1/notes");
        assertThat(notes).extracting(n -> n.get("title").asString()).containsExactlyInAnyOrder("Bearable Symptom",
                "Bearable Factors", "Bearable Sleep", "Bearable Mood", "Bearable Energy");
        JsonNode symptom = note(notes, "Bearable Symptom");
        assertThat(symptom.get("takenAt").asString()).isEqualTo("2025-03-03T12:00:00Z");
        assertThat(symptom.get("text").asString()).contains("rating/amount: 2", "Back (lower) pain (Moderate)",
                "Bearable time of day: am");
        JsonNode mood = note(notes, "Bearable Mood");
        assertThat(mood.get("mood").asString()).isEqualTo("Meh | Anxious");
        assertThat(mood.get("text").asString()).contains("rating/amount: 6").doesNotContain("/10");
        assertThat(note(notes, "Bearable Energy").get("text").asString()).contains("rating/amount: 2", "Poor");
        assertThat(note(notes, "Bearable Sleep").get("text").asString())
                .contains("rating/amount: 6:45", "Asleep 00:30 - 07:15. In bed 23:50 - 07:30");
        assertThat(note(notes, "Bearable Factors").get("tags")).extracting(JsonNode::asString)
                .containsExactly("Walk", "Heat pad");
        assertThat(items(ida, "/api/v1/checkins")).as("no scale is converted to a 0-10 check-in").isEmpty();
    }

    private static JsonNode note(List<JsonNode> notes, String title) {
        return notes.stream().filter(n -> n.get("title").asString().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aBearableFileWithABadDateOrAmountImportsNothingAndNamesTheLines() {
        User kim = api.newUser();

        Uploads.Answer refused = uploads.importFile(kim, "bearable-csv", fixture("bearable-broken.csv"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors")).extracting(e -> e.get("line").asInt()).containsExactly(3, 4);
        assertThat(items(kim, "/api/v1/doses")).isEmpty();
    }

    @Test
    void herbalTrackerCsvWithABomUtcAndLocalTimesAndADeletedStrain() {
        User lea = api.newUser("America/Chicago");

        JsonNode answer = imported(lea, "herbal-tracker", "herbal-tracker.csv");

        assertThat(answer.get("imported").asInt()).as("4 doses and 2 strains as products").isEqualTo(6);
        List<JsonNode> doses = items(lea, "/api/v1/doses");
        assertThat(doses).extracting(d -> d.get("takenAt").asString() + " " + d.get("materialMg").asLong())
                .containsExactlyInAnyOrder("2025-03-01T12:30:00Z 3000", "2025-03-01T20:15:00Z 2250",
                        "2025-03-02T14:00:00Z 2500", "2025-03-02T20:00:00Z 1500");
        assertThat(doses).filteredOn(d -> d.get("productId").isNull()).singleElement()
                .satisfies(d -> assertThat(d.get("note").asString()).contains("strain was deleted, said \"oops\"")
                        .contains("strain unknown"));
        assertThat(api.get(lea, "/api/v1/products").json().toString()).contains("Red Bali").contains("Green Maeng Da");
        assertThat(doses).extracting(d -> d.get("note").asString()).contains("évening dose — café");
    }

    @Test
    void herbalTrackerBackupAndABareListOfDosagesImport() {
        User max = api.newUser();
        User noa = api.newUser();

        JsonNode backup = imported(max, "herbal-tracker", "herbal-tracker-backup.json");
        JsonNode bare = imported(noa, "herbal-tracker", "herbal-tracker-bare-list.json");

        assertThat(backup.get("imported").asInt()).as("3 dosages, 2 strains").isEqualTo(5);
        assertThat(items(max, "/api/v1/doses")).extracting(d -> d.get("materialMg").asLong())
                .containsExactlyInAnyOrder(3000L, 1500L, 2000L);
        assertThat(bare.get("imported").asInt()).isEqualTo(2);
        assertThat(items(noa, "/api/v1/doses")).extracting(d -> d.get("materialMg").asLong())
                .containsExactlyInAnyOrder(2500L, 3500L);
    }

    @Test
    void aNewerHerbalTrackerBackupAndABrokenCsvImportNothing() {
        User oli = api.newUser();

        Uploads.Answer newer = uploads.importFile(oli, "herbal-tracker", fixture("herbal-tracker-version2.json"));
        Uploads.Answer broken = uploads.importFile(oli, "herbal-tracker", fixture("herbal-tracker-broken.csv"));

        assertThat(newer.status()).isEqualTo(400);
        assertThat(newer.json().get("errors").get(0).get("message").asString()).contains("version 2");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("errors")).extracting(e -> e.get("line").asInt()).containsExactly(4);
        assertThat(items(oli, "/api/v1/doses")).isEmpty();
    }

    @Test
    void daylioRowsBecomeNotesWithTheMoodLabelAsWrittenAndActivitiesAsTags() {
        User pia = api.newUser("Europe/Berlin");

        JsonNode answer = imported(pia, "daylio-csv", "daylio.csv");
        Uploads.Answer broken = uploads.importFile(pia, "daylio-csv", fixture("daylio-broken.csv"));

        assertThat(answer.get("imported").asInt()).isEqualTo(3);
        assertThat(answer.get("skipped").asInt()).isZero();
        List<JsonNode> notes = items(pia, "/api/v1/notes");
        assertThat(notes).extracting(n -> n.get("takenAt").asString() + " " + n.get("mood").asString())
                .containsExactly("2025-03-04T11:30:00Z rad", "2025-03-03T21:00:00Z sad", "2025-03-03T07:15:00Z average");
        JsonNode morning = notes.get(2);
        assertThat(morning.get("title").asString()).isEqualTo("Morning");
        assertThat(morning.get("text").asString()).isEqualTo("slept badly, back stiff");
        assertThat(morning.get("tags")).extracting(JsonNode::asString).containsExactly("work", "kratom");
        assertThat(notes.get(1).get("title").isNull()).as("an empty note_title is no title").isTrue();
        assertThat(items(pia, "/api/v1/checkins")).as("no mood is converted to a 0-10 check-in").isEmpty();
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("errors").get(0).get("line").asInt()).isEqualTo(3);
        assertThat(items(pia, "/api/v1/notes")).as("a refused file adds nothing").hasSize(3);
    }

    @Test
    void theSameFileImportedTwiceAddsNothingTheSecondTime() {
        User quinn = api.newUser();
        imported(quinn, "herbal-tracker", "herbal-tracker.csv");

        JsonNode again = imported(quinn, "herbal-tracker", "herbal-tracker.csv");

        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(6);
        assertThat(items(quinn, "/api/v1/doses")).hasSize(4);
    }

    @Test
    void aFileOfAnotherFormatAndAnUnknownFormatAreRefused() {
        User ray = api.newUser();

        Uploads.Answer wrong = uploads.importFile(ray, "psychonautwiki-journal", fixture("daylio.csv"));
        Uploads.Answer wrongCsv = uploads.importFile(ray, "herbal-tracker", fixture("bearable-2021.csv"));
        Uploads.Answer unknown = uploads.importFile(ray, "manage-my-pain", fixture("daylio.csv"));

        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrongCsv.status()).isEqualTo(400);
        assertThat(wrongCsv.json().get("errors").get(0).get("message").asString()).contains("not a Herbal Tracker+ export");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").get(0).get("field").asString()).isEqualTo("format");
    }

    @Test
    void aPreviewStoresNothing() {
        User sol = api.newUser();

        Uploads.Answer preview = uploads.importFile(sol, "herbal-tracker&preview=true", fixture("herbal-tracker.csv"));

        assertThat(preview.json().get("imported").asInt()).isEqualTo(6);
        assertThat(preview.json().get("firstRows")).hasSize(4);
        assertThat(items(sol, "/api/v1/doses")).isEmpty();
        assertThat(api.get(sol, "/api/v1/products").json().toString()).doesNotContain("Red Bali");
    }

    private JsonNode imported(User user, String format, String file) {
        Uploads.Answer answer = uploads.importFile(user, format, fixture(file));
        assertThat(answer.status()).as(new String(answer.body())).isEqualTo(200);
        assertThat(answer.json().get("errors")).isEmpty();
        return answer.json();
    }

    private List<JsonNode> items(User user, String path) {
        List<JsonNode> items = new ArrayList<>();
        api.get(user, path + "?from=2020-01-01&limit=500").json().get("items").forEach(items::add);
        return items;
    }

    /** Doses, substances and notes by what they say, not by id. */
    private List<String> entries(User user) {
        List<String> entries = new ArrayList<>();
        items(user, "/api/v1/doses").forEach(d -> entries.add(d.get("takenAt") + " " + d.get("materialMg") + " " + d.get("note")));
        items(user, "/api/v1/substances").forEach(s -> entries.add(s.get("takenAt") + " " + s.get("name") + " " + s.get("amount")));
        items(user, "/api/v1/notes").forEach(n -> entries.add(n.get("takenAt") + " " + n.get("title") + " " + n.get("text")));
        entries.sort(String::compareTo);
        return entries;
    }
}
