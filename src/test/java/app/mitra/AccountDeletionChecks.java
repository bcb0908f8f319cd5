package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.mitra.reports.JournalSeed;
import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import app.mitra.testing.StoredPasskey;

/**
 * Deleting an account leaves no row of the person in any table of the schema, whichever module owns it
 * (tables are listed from the database itself, so a table added later is checked too), and leaves every
 * other person's data alone. Run on each database by its subclasses.
 */
abstract class AccountDeletionChecks {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    abstract List<String> tables();

    abstract List<String> columns(String table);

    /** Every row, in every table, holding the person's id or username in any column. */
    private List<String> rowsOf(User user) {
        List<String> found = new ArrayList<>();
        for (String table : tables()) {
            for (String column : columns(table)) {
                long rows = jdbc.sql("select count(*) from " + table + " where cast(" + column
                        + " as text) in (:id, :username)").param("id", user.id().toString())
                        .param("username", user.username()).query(Long.class).single();
                if (rows > 0) {
                    found.add(table + "." + column + ": " + rows);
                }
            }
        }
        return found;
    }

    private User personWithDataInEveryModule(Api api) throws IOException, InterruptedException {
        User user = api.newUser();
        JournalSeed.write(api, user, 2);
        api.post(user, "/api/v1/substances", """
                {"takenAt": "2026-03-01T20:00:00Z", "kind": "ALCOHOL", "amount": 2}""");
        api.post(user, "/api/v1/withdrawal", """
                {"takenAt": "2026-03-01T08:30:00Z", "symptoms": [{"symptom": "aches", "score": 2}]}""");
        api.post(user, "/api/v1/notes", """
                {"takenAt": "2026-03-01T21:00:00Z", "mood": "tired", "tags": ["walk"]}""");
        String url = api.post(user, "/api/v1/shares", "{\"expiresInDays\": 3}").text("url");
        api.send("GET", URI.create(url).getPath(), null, null);
        HttpClient browser = signInOnTheWeb(user);
        HttpResponse<byte[]> everything = browser.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/reports/everything.zip")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(everything.body()))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(files).as("download everything").containsOnlyKeys("mitra-fhir.json", "mitra-export.json",
                "mitra-export-csv.zip");
        assertThat(new String(files.get("mitra-fhir.json"), StandardCharsets.UTF_8)).contains("\"Bundle\"");
        assertThat(new String(files.get("mitra-export.json"), StandardCharsets.UTF_8))
                .contains("\"schema\":\"mitra-export\"").contains("\"doses\":[{");
        try (ZipInputStream csv = new ZipInputStream(new ByteArrayInputStream(files.get("mitra-export-csv.zip")))) {
            java.util.List<String> names = new java.util.ArrayList<>();
            for (var entry = csv.getNextEntry(); entry != null; entry = csv.getNextEntry()) {
                names.add(entry.getName());
            }
            assertThat(names).contains("manifest.csv", "doses.csv", "batches.csv", "recalls.csv");
        }
        // second factors, last (a passkey changes how the person signs in): an authenticator app being set up,
        // a recovery code and a passkey
        api.post(user, "/api/v1/account/totp", null);
        jdbc.sql("insert into accounts_recovery_code (user_id, code_hash, created_at) values (:user, :hash, 0)")
                .param("user", user.id().toString()).param("hash", "hash-" + user.id()).update();
        StoredPasskey.insert(jdbc, user.id(), "Phone");
        return user;
    }

    /** A browser session, so the session tables hold the person too; the web client is returned. */
    private HttpClient signInOnTheWeb(User user) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String login = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(login);
        assertThat(csrf.find()).isTrue();
        String form = "username=" + user.username() + "&password=" + URLEncoder.encode(Api.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(at -> assertThat(at).endsWith("/today"));
        return browser;
    }

    @Test
    void deletingAnAccountLeavesNoRowOfThePersonInAnyTable() throws Exception {
        Api api = new Api(port);
        User person = personWithDataInEveryModule(api);
        User neighbour = personWithDataInEveryModule(api);
        assertThat(rowsOf(person)).as("the person's rows before").hasSizeGreaterThan(10);
        List<String> neighbourBefore = rowsOf(neighbour);

        assertThat(api.send("DELETE", "/api/v1/account", "Bearer " + person.token(), "{\"password\": \"not it at all\"}")
                .errorFields()).containsExactly("password");
        assertThat(rowsOf(person)).as("a wrong password deletes nothing").hasSizeGreaterThan(10);

        assertThat(api.send("DELETE", "/api/v1/account", "Bearer " + person.token(),
                "{\"password\": \"" + Api.PASSWORD + "\"}").status()).isEqualTo(204);
        assertThat(rowsOf(person)).as("rows left of a deleted person").isEmpty();
        assertThat(api.get(person, "/api/v1/account").status()).as("the token went with it").isEqualTo(401);
        assertThat(rowsOf(neighbour)).as("the neighbour's rows").isEqualTo(neighbourBefore);
    }
}
