package app.mitra.common.limits;

import static app.mitra.testing.TestFiles.manifest;
import static app.mitra.testing.TestFiles.padded;
import static app.mitra.testing.TestFiles.rows;
import static app.mitra.testing.TestFiles.sparse;
import static app.mitra.testing.TestFiles.zeros;
import static app.mitra.testing.TestFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import app.mitra.testing.MitraOnSqlite;
import app.mitra.testing.RawUpload;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each limit at its default: a body or file of exactly the limit is taken, one past it is refused
 * with 413 (a body) or 400 (something found inside it), problem+json naming the setting, and nothing
 * of it is stored. Hostile files (a zip bomb, millions of lines, deep or huge JSON) are refused within seconds.
 */
@MitraOnSqlite
@TestInstance(Lifecycle.PER_CLASS)
class LimitsIT {

    private static final long MB = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    Api api;
    User person;

    @BeforeAll
    void signUp() {
        api = new Api(port);
        person = api.newUser();
    }

    @Test
    void aJsonBodyOfExactlyTheLimitIsTakenAndOneByteMoreIsRefusedUnread() throws IOException {
        UUID taken = UUID.randomUUID();
        UUID refused = UUID.randomUUID();

        RawUpload.Answer atLimit = post("/api/v1/checkins", "application/json", padded(checkIn(taken), MB).readAllBytes());
        RawUpload.Answer over = post("/api/v1/checkins", "application/json", padded(checkIn(refused), MB + 1).readAllBytes());

        assertThat(atLimit.status()).as(atLimit.body()).isEqualTo(201);
        assertTooLarge(over, "MITRA_LIMIT_JSON_BYTES");
        assertThat(over.body()).contains("larger than this server accepts (1 MB)");
        assertThat(api.get(person, "/api/v1/checkins/" + refused).status()).isEqualTo(404);
    }

    @Test
    void aChunkedBodyIsCountedAsItArrivesAndRefusedOnceItPassesTheLimit() {
        UUID refused = UUID.randomUUID();

        RawUpload.Answer over = RawUpload.post(port, "/api/v1/checkins", person.token(), "application/json",
                padded(checkIn(refused), 2 * MB), -1);

        assertTooLarge(over, "MITRA_LIMIT_JSON_BYTES");
        assertThat(api.get(person, "/api/v1/checkins/" + refused).status()).isEqualTo(404);
    }

    @Test
    void anImportOfExactlyTheLimitIsReadAndOneByteMoreIsRefusedUnread() {
        User other = api.newUser();
        String export = "{\"schema\":\"mitra-export\",\"schemaVersion\":1,\"notes\":[{\"takenAt\":\"2025-01-01T10:00:00Z\","
                + "\"text\":\"kept\"}]}";

        RawUpload.Answer atLimit = RawUpload.post(port, "/api/v1/import?format=mitra-json", person.token(),
                "application/json", padded(export, 32 * MB), 32 * MB);
        RawUpload.Answer over = RawUpload.post(port, "/api/v1/import?format=mitra-json", other.token(), "application/json",
                padded(export, 32 * MB + 1), 32 * MB + 1);

        assertThat(atLimit.status()).as(atLimit.body()).isEqualTo(200);
        assertThat(json(atLimit).get("imported").asInt()).isEqualTo(1);
        assertTooLarge(over, "MITRA_LIMIT_IMPORT_BYTES");
        assertThat(over.body()).contains("The file is larger than this server accepts (32 MB)");
        assertThat(over.sentBeforeAnswer()).as("refused before the body was read").isLessThan(32 * MB);
        assertThat(items(other, "/api/v1/notes")).isEmpty();
    }

    @Test
    void aChunkedBodyOfThreeHundredMegabytesIsRefusedWithoutBeingHeld() {
        Instant start = Instant.now();

        RawUpload.Answer over = RawUpload.post(port, "/api/v1/import?format=mitra-json", person.token(),
                "application/json", padded("{\"schema\":\"mitra-export\"}", 300 * MB), -1);

        assertTooLarge(over, "MITRA_LIMIT_IMPORT_BYTES");
        assertThat(over.sentBeforeAnswer()).as("the answer came long before 300 MB were sent").isLessThan(100 * MB);
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void jsonNestedTenThousandDeepIsRefusedAsARequestAndAsAnImport() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);

        Api.Answer body = api.post(person, "/api/v1/checkins",
                "{\"takenAt\": \"2025-01-01T10:00:00Z\", \"pain\": 4, \"extra\": " + deep + "}");
        RawUpload.Answer file = post("/api/v1/import?format=mitra-json", "application/json",
                ("{\"schema\":\"mitra-export\",\"schemaVersion\":1,\"x\":" + deep + "}").getBytes(StandardCharsets.UTF_8));

        assertThat(body.status()).isEqualTo(400);
        assertThat(body.isProblem()).isTrue();
        assertThat(body.text("limit")).isEqualTo("MITRA_LIMIT_JSON_DEPTH");
        assertOverLimit(file, "MITRA_LIMIT_JSON_DEPTH");
    }

    @Test
    void aFiftyMegabyteJsonStringIsRefusedUnreadAndALongOneInAFileWhileReadingIt() {
        String huge = "{\"note\":\"" + "x".repeat((int) (50 * MB)) + "\"}";
        String atLimit = "{\"schema\":\"" + "x".repeat(1_048_576) + "\"}";
        String over = "{\"schema\":\"" + "x".repeat(1_048_577) + "\"}";

        RawUpload.Answer body = post("/api/v1/checkins", "application/json", huge.getBytes(StandardCharsets.UTF_8));
        RawUpload.Answer longest = post("/api/v1/import?format=mitra-json", "application/json",
                atLimit.getBytes(StandardCharsets.UTF_8));
        RawUpload.Answer tooLong = post("/api/v1/import?format=mitra-json", "application/json",
                over.getBytes(StandardCharsets.UTF_8));

        assertTooLarge(body, "MITRA_LIMIT_JSON_BYTES");
        assertThat(longest.status()).isEqualTo(400);
        assertThat(json(longest).has("limit")).as("refused as no Mitra export, not for its length").isFalse();
        assertOverLimit(tooLong, "MITRA_LIMIT_JSON_STRING_CHARS");
    }

    @Test
    void aRecordLargerThanARequestBodyIsRefused() {
        String note = "{\"takenAt\":\"2025-01-01T10:00:00Z\",\"text\":\"t\",\"tags\":[" + "\"tag\",".repeat(300_000)
                + "\"tag\"]}";

        RawUpload.Answer file = post("/api/v1/import?format=mitra-json", "application/json",
                ("{\"schema\":\"mitra-export\",\"schemaVersion\":1,\"notes\":[" + note + "]}")
                        .getBytes(StandardCharsets.UTF_8));

        assertOverLimit(file, "MITRA_LIMIT_JSON_BYTES");
    }

    @Test
    void aZipBombIsRefusedWithinSeconds() {
        byte[] bomb = zip(List.of("manifest.csv", "doses.csv"), List.of(manifest(), zeros(1L << 30)));
        assertThat(bomb.length).isBetween(512 * 1024, (int) (2 * MB));
        Instant start = Instant.now();

        RawUpload.Answer refused = post("/api/v1/import?format=mitra-csv", "application/zip", bomb);

        assertOverLimit(refused, "MITRA_LIMIT_ZIP_RATIO");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aZipOfEightMillionLinesIsRefusedWithinSeconds() {
        byte[] lines = zip(List.of("manifest.csv", "notes.csv"), List.of(manifest(),
                rows("takenAt,text\n", "2025-01-01T10:00:00Z,x\n", 8_000_000)));
        Instant start = Instant.now();

        RawUpload.Answer refused = post("/api/v1/import?format=mitra-csv", "application/zip", lines);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(json(refused).get("limit").asString()).startsWith("MITRA_LIMIT_");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aZipUnpackingToExactlyTheLimitIsReadAndOneByteMoreIsRefused() {
        User other = api.newUser();
        byte[] atLimit = zip(List.of("manifest.csv", "padding.txt"),
                List.of(manifest(), sparse(200 * MB - manifest().length())));
        byte[] over = zip(List.of("manifest.csv", "padding.txt"),
                List.of(manifest(), sparse(200 * MB - manifest().length() + 1)));

        RawUpload.Answer taken = RawUpload.post(port, "/api/v1/import?format=mitra-csv", other.token(), "application/zip",
                new ByteArrayInputStream(atLimit), atLimit.length);
        RawUpload.Answer refused = RawUpload.post(port, "/api/v1/import?format=mitra-csv", other.token(),
                "application/zip", new ByteArrayInputStream(over), over.length);

        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertOverLimit(refused, "MITRA_LIMIT_ZIP_BYTES");
    }

    @Test
    void aZipOfSixtyFourFilesIsReadAndOfSixtyFiveRefused() {
        RawUpload.Answer taken = post("/api/v1/import?format=mitra-csv", "application/zip", files(64));
        RawUpload.Answer refused = post("/api/v1/import?format=mitra-csv", "application/zip", files(65));

        assertThat(taken.status()).as(taken.body()).isEqualTo(200);
        assertOverLimit(refused, "MITRA_LIMIT_ZIP_ENTRIES");
    }

    @Test
    void rowsUpToTheLimitAreReadAndOneMoreIsRefused() {
        String header = "date,time,iso_timestamp,strain_code,strain_name,amount_g\n";
        String row = "2025-03-01,08:00,2025-03-01T08:00:00Z,RB,Red Bali,\n";

        RawUpload.Answer atLimit = post("/api/v1/import?format=herbal-tracker&preview=true", "text/csv",
                rows(header, row, 500_000), -1);
        RawUpload.Answer over = post("/api/v1/import?format=herbal-tracker&preview=true", "text/csv",
                rows(header, row, 500_001), -1);

        assertThat(atLimit.status()).as(atLimit.body()).isEqualTo(200);
        assertThat(json(atLimit).get("skipped").asInt()).as("each a dose with no amount").isEqualTo(500_000);
        assertOverLimit(over, "MITRA_LIMIT_ROWS");
    }

    @Test
    void aLineOfExactlyTheLimitIsReadAndOneCharacterMoreIsRefusedNamingIt() {
        String header = "full_date,time,mood,activities,weekday\n";
        String start = "2025-03-03,10:00 pm,meh,,";

        RawUpload.Answer atLimit = post("/api/v1/import?format=daylio-csv&preview=true", "text/csv",
                (header + start + "x".repeat(65_536 - start.length()) + "\n").getBytes(StandardCharsets.UTF_8));
        RawUpload.Answer over = post("/api/v1/import?format=daylio-csv&preview=true", "text/csv",
                (header + start + "x".repeat(65_537 - start.length()) + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(atLimit.status()).as(atLimit.body()).isEqualTo(200);
        assertOverLimit(over, "MITRA_LIMIT_LINE_CHARS");
        assertThat(json(over).get("detail").asString()).startsWith("Line 2 is longer than this server accepts");
    }

    @Test
    void aCertificateFileOfThreeMillionRowsIsRefusedAfterItsCapWithinSeconds() throws IOException {
        String product = api.post(person, "/api/v1/products", "{\"name\": \"Many batches\", \"form\": \"POWDER\"}")
                .text("id");
        byte[] rows = rows("batchCode,leadUgPerG\n", "B,0.1\n", 3_000_000).readAllBytes();
        Instant start = Instant.now();

        RawUpload.Answer refused = post("/api/v1/products/" + product + "/batches/import", "text/csv", rows);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("has more than 1000 rows");
        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(10));
        assertThat(items(person, "/api/v1/products/" + product + "/batches")).isEmpty();
    }

    @Test
    void aMultipartUploadOverTheLimitIsRefusedToo() {
        String boundary = "limits-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        long length = head.length + 33 * MB + tail.length;

        RawUpload.Answer refused = RawUpload.post(port, "/api/v1/import?format=mitra-json", person.token(),
                "multipart/form-data; boundary=" + boundary, new SequenceInputStream(new ByteArrayInputStream(head),
                        new SequenceInputStream(padded("{}", 33 * MB), new ByteArrayInputStream(tail))), length);

        assertTooLarge(refused, "MITRA_LIMIT_IMPORT_BYTES");
    }

    private RawUpload.Answer post(String path, String contentType, byte[] body) {
        return post(path, contentType, new ByteArrayInputStream(body), body.length);
    }

    /** A body made as it is sent; {@code length} negative sends it chunked. */
    private RawUpload.Answer post(String path, String contentType, InputStream body, long length) {
        return RawUpload.post(port, path, person.token(), contentType, body, length);
    }

    private static void assertTooLarge(RawUpload.Answer answer, String limit) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(413);
        assertThat(answer.isProblem()).isTrue();
        assertThat(json(answer).get("limit").asString()).isEqualTo(limit);
    }

    private static void assertOverLimit(RawUpload.Answer answer, String limit) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.isProblem()).isTrue();
        assertThat(json(answer).get("limit").asString()).isEqualTo(limit);
        assertThat(json(answer).get("detail").asString()).contains("Nothing was stored");
    }

    private static JsonNode json(RawUpload.Answer answer) {
        return JSON.readTree(answer.body());
    }

    private List<JsonNode> items(User user, String path) {
        List<JsonNode> items = new ArrayList<>();
        api.get(user, path + (path.contains("?") ? "&" : "?") + "from=2000-01-01&limit=500").json().get("items")
                .forEach(items::add);
        return items;
    }

    private static String checkIn(UUID id) {
        return "{\"id\": \"" + id + "\", \"takenAt\": \"2025-01-01T10:00:00Z\", \"pain\": 4}";
    }

    /** A Mitra CSV zip of a manifest and {@code count - 1} files no kind of the export knows. */
    private static byte[] files(int count) {
        List<String> names = new ArrayList<>(List.of("manifest.csv"));
        List<Object> contents = new ArrayList<>(List.of(manifest()));
        for (int i = 1; i < count; i++) {
            names.add("extra-" + i + ".txt");
            contents.add("extra");
        }
        return zip(names, contents);
    }

}
