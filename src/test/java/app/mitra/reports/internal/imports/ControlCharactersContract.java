package app.mitra.reports.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.mitra.testing.Api;
import app.mitra.testing.Api.User;

/**
 * A character XML forbids (U+0011 here) never reaches storage through the API or an import, and one
 * already stored (written straight into the database, as before input was cleaned) breaks no report,
 * shared page or export. On each database ({@link ControlCharactersOnSqliteIT}, {@link ControlCharactersOnPostgresIT}).
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class ControlCharactersContract {

    private static final String BAD = "\u0011";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    Api api;
    Uploads uploads;
    User ana;

    @BeforeAll
    void aJournalWithAnOldEntryHoldingAControlCharacter() {
        api = new Api(port);
        uploads = new Uploads(port);
        ana = api.newUser();
        String today = java.time.LocalDate.now() + "T08:00:00Z";
        assertThat(api.post(ana, "/api/v1/checkins", """
                {"takenAt": "%s", "pain": 5, "note": "old note"}""".formatted(today)).status()).isEqualTo(201);
        assertThat(api.post(ana, "/api/v1/notes", """
                {"takenAt": "%s", "title": "old", "text": "old text"}""".formatted(today)).status()).isEqualTo(201);
        jdbc.sql("update journal_checkin set note = :note where user_id = :user")
                .param("note", "stiff" + BAD + " night").param("user", ana.id().toString()).update();
        jdbc.sql("update journal_note set body = :body where user_id = :user")
                .param("body", "rain" + BAD + "y day").param("user", ana.id().toString()).update();
    }

    @Test
    void theClinicianPdfOfAnOldEntryWithAControlCharacterRenders() {
        Uploads.Answer pdf = get("/api/v1/reports/clinician");
        assertThat(pdf.status()).as(new String(pdf.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void theSharedPageAndItsPdfRender() {
        String url = api.post(ana, "/api/v1/shares", "{\"expiresInDays\": 1}").text("url");
        String path = url.substring(url.indexOf("/shared/"));
        Api.Answer page = api.send("GET", path, null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("rainy day").doesNotContain(BAD);
        assertThat(api.send("GET", path + "/report.pdf", null, null).status()).isEqualTo(200);
    }

    @Test
    void exportsCarryTheTextWithoutTheControlCharacter() {
        for (String format : new String[] { "json", "csv", "fhir" }) {
            Uploads.Answer export = uploads.export(ana, format);
            assertThat(export.status()).as(format).isEqualTo(200);
            String text = format.equals("csv") ? unzipped(export.body()) : new String(export.body(), StandardCharsets.UTF_8);
            assertThat(text).as(format).contains("stiff night").doesNotContain(BAD).doesNotContain("\\u0011");
        }
    }

    @Test
    void theApiStoresTextWithoutControlCharacters() {
        User ben = api.newUser();
        String id = api.post(ben, "/api/v1/notes", """
                {"takenAt": "2026-10-02T22:00:00Z", "title": "a\\u0011b", "text": "c\\u0000d\\uFFFFe"}""").text("id");
        assertThat(stored("select title || body from journal_note where user_id = :user and id = '" + id + "'", ben))
                .isEqualTo("abcde");
        String product = api.post(ben, "/api/v1/products", """
                {"name": "Red\\u0011 Bali", "form": "POWDER"}""").text("id");
        assertThat(stored("select name from products_product where user_id = :user and id = '" + product + "'", ben))
                .isEqualTo("Red Bali");
        assertThat(api.put(ben, "/api/v1/profile", """
                {"timeZone": "UTC", "conditions": ["asthma\\u0011"], "medications": [], "substances": []}""").status())
                .isEqualTo(200);
        assertThat(stored("select conditions from safety_profile where user_id = :user", ben)).contains("asthma")
                .doesNotContain(BAD).doesNotContain("\\u0011");
    }

    @Test
    void anImportedFileIsStoredWithoutControlCharacters() {
        User ben = api.newUser();
        Uploads.Answer export = uploads.export(ana, "json");
        byte[] file = new String(export.body(), StandardCharsets.UTF_8).replace("stiff night", "stiff\\u0011 night")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(uploads.importFile(ben, "mitra-json", file).status()).isEqualTo(200);
        assertThat(stored("select note from journal_checkin where user_id = :user", ben)).isEqualTo("stiff night");
    }

    private String stored(String sql, User user) {
        return jdbc.sql(sql).param("user", user.id().toString()).query(String.class).single();
    }

    private Uploads.Answer get(String path) {
        return uploads.get(ana, path);
    }

    private static String unzipped(byte[] zip) {
        StringBuilder all = new StringBuilder();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            while (in.getNextEntry() != null) {
                all.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return all.toString();
    }
}
