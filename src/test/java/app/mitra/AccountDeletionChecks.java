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
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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

    /** The table's columns as name and declared type. */
    abstract List<String[]> columns(String table);

    /** SQL true where {@code column} (of {@code type}) holds the text {@code :needle} anywhere in it. */
    abstract String contains(String column, String type);

    /**
     * Every column, in every table the database lists, that holds the person's id or username anywhere in
     * its value (JSON, serialized sessions and share views included).
     */
    private List<String> rowsOf(User user) {
        List<String> found = new ArrayList<>();
        for (String table : tables()) {
            for (String[] column : columns(table)) {
                for (String needle : List.of(user.id().toString(), user.username())) {
                    long rows = jdbc.sql("select count(*) from " + table + " where " + contains(column[0], column[1]))
                            .param("needle", needle).query(Long.class).single();
                    if (rows > 0) {
                        found.add(table + "." + column[0] + " holds " + needle + ": " + rows);
                    }
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
        // deleted entries are kept a day, and go with the account too
        api.delete(user, "/api/v1/notes/" + api.post(user, "/api/v1/notes", """
                {"takenAt": "2026-03-01T22:00:00Z", "text": "deleted, restorable for a day"}""").text("id"));
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

    /**
     * Writes of every kind keep coming from several threads while the account is deleted: requests that
     * passed authentication just before the deletion still reach the database after it. None may leave a
     * row behind, and each must answer 2xx before the deletion or a clear problem after it (401 account gone,
     * 404, 400 naming a product that went with the account; the share page a plain 404), never a 500.
     */
    @Test
    void writesInFlightWhileAnAccountIsDeletedLeaveNothingBehind() throws Exception {
        Api api = new Api(port);
        User person = api.newUser();
        String product = api.post(person, "/api/v1/products", "{\"name\": \"Bali\", \"form\": \"POWDER\"}").text("id");
        String shareUrl = URI.create(api.post(person, "/api/v1/shares", "{\"expiresInDays\": 3}").text("url")).getPath();
        Map<String, Function<Integer, Api.Answer>> writers = Map.ofEntries(
                Map.entry("check-in", i -> api.post(person, "/api/v1/checkins",
                        "{\"takenAt\": \"2026-03-01T08:00:00Z\", \"pain\": " + i % 11 + ", \"note\": \"n" + i + "\"}")),
                Map.entry("dose", i -> api.post(person, "/api/v1/doses", "{\"takenAt\": \"2026-03-01T09:00:00Z\","
                        + " \"form\": \"POWDER\", \"amount\": 2, \"unit\": \"g\", \"productId\": \"" + product + "\"}")),
                Map.entry("note", i -> api.post(person, "/api/v1/notes",
                        "{\"takenAt\": \"2026-03-01T21:00:00Z\", \"mood\": \"tired\", \"tags\": [\"t" + i + "\"]}")),
                Map.entry("substance", i -> api.post(person, "/api/v1/substances",
                        "{\"takenAt\": \"2026-03-01T20:00:00Z\", \"kind\": \"MEDICINE\", \"name\": \"Xanax\", \"amount\": 0.5,"
                        + " \"unit\": \"mg\"}")),
                Map.entry("note deleted and restored", i -> {
                    Api.Answer made = api.post(person, "/api/v1/notes", "{\"takenAt\": \"2026-03-01T22:00:00Z\"}");
                    if (made.status() != 201) {
                        return made;
                    }
                    Api.Answer deleted = api.delete(person, "/api/v1/notes/" + made.text("id"));
                    return deleted.status() != 204 ? deleted
                            : api.post(person, "/api/v1/notes/" + made.text("id") + "/restore", null);
                }),
                Map.entry("withdrawal", i -> api.post(person, "/api/v1/withdrawal",
                        "{\"takenAt\": \"2026-03-01T08:30:00Z\", \"symptoms\": [{\"symptom\": \"aches\", \"score\": 2}]}")),
                Map.entry("product and batch", i -> {
                    Api.Answer made = api.post(person, "/api/v1/products", "{\"name\": \"P" + i + "\", \"form\": \"POWDER\"}");
                    return made.status() != 201 ? made : api.post(person, "/api/v1/products/" + made.text("id") + "/batches",
                            "{\"batchCode\": \"B-" + i + "\", \"coa\": {\"leadUgPerG\": 0.5}}");
                }),
                Map.entry("recalls", i -> api.post(person, "/api/v1/recalls/import",
                        "vendor,product,batch,reason,source,date\nV,P" + i + ",,Lead,FDA,2026-03-01\n")),
                Map.entry("profile", i -> api.put(person, "/api/v1/profile",
                        "{\"medications\": [\"Xanax 0.5 mg as needed\"], \"dailyLimitMg\": " + (8000 + i) + "}")),
                Map.entry("taper", i -> api.put(person, "/api/v1/taper", "{\"startMg\": 9000, \"reductionMg\": 500,"
                        + " \"stepDays\": 7, \"startDate\": \"2026-03-01\"}")),
                Map.entry("share", i -> api.post(person, "/api/v1/shares", "{\"expiresInDays\": 3}")),
                Map.entry("share view", i -> api.send("GET", shareUrl, null, null)),
                Map.entry("token", i -> api.send("POST", "/api/v1/tokens", Api.basic(person.username(), Api.PASSWORD),
                        "{\"name\": \"phone " + i + "\"}")));
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger stored = new AtomicInteger();
        Map<String, String> unclear = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<Thread> threads = new ArrayList<>();
        for (var writer : writers.entrySet()) {
            Thread thread = new Thread(() -> {
                for (int i = 0; writing.get(); i++) {
                    Api.Answer answer = writer.getValue().apply(i);
                    statuses.computeIfAbsent(answer.status(), status -> new AtomicInteger()).incrementAndGet();
                    if (answer.status() < 300) {
                        stored.incrementAndGet();
                    } else if (answer.status() >= 500 || !answer.isProblem() && answer.status() != 404) {
                        unclear.put(writer.getKey(), answer.toString());
                    }
                }
            }, "writer " + writer.getKey());
            thread.start();
            threads.add(thread);
        }
        while (stored.get() < 150) {
            Thread.sleep(10);
        }

        Api.Answer deleted = api.send("DELETE", "/api/v1/account", "Bearer " + person.token(),
                "{\"password\": \"" + Api.PASSWORD + "\"}");
        Thread.sleep(300);
        writing.set(false);
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
        assertThat(rowsOf(person)).as("rows left of a person deleted while writes were in flight (answers: %s)",
                statuses).isEmpty();
        assertThat(unclear).as("answers that were neither stored nor a clear refusal").isEmpty();
    }
}
