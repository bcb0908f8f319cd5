package app.mitra;

import static app.mitra.testing.TestFiles.manifest;
import static app.mitra.testing.TestFiles.rows;
import static app.mitra.testing.TestFiles.zeros;
import static app.mitra.testing.TestFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import app.mitra.testing.MitraProcess;
import app.mitra.testing.RawUpload;
import app.mitra.testing.TestDatabase.TestDirectories;
import tools.jackson.databind.json.JsonMapper;

/**
 * The attacks that used to run the server out of memory, against Mitra in its own JVM with a 256 MB
 * heap on SQLite: a zip bomb, a zip of eight million lines, a 300 MB chunked body, a certificate file
 * of three million rows, 10,000-deep JSON and a 50 MB string are each refused within seconds, while
 * another person's check-ins keep being answered and the process stays under 600 MB resident; then a
 * 100,000-row import of Mitra's JSON succeeds in the same heap.
 */
class HostileInputIT {

    private static final long MB = 1 << 20;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path data = TestDirectories.create("hostile");
    private Process server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void hostileFilesAreRefusedWithinSecondsInBoundedMemoryWhileOthersAreServed() throws Exception {
        int port = MitraProcess.freePort();
        server = MitraProcess.start(data, port, "server");
        Api api = new Api(port);
        User attacker = api.newUser();
        User bystander = api.newUser();
        byte[] bomb = zip(List.of("manifest.csv", "doses.csv"), List.of(manifest(), zeros(1L << 30)));
        byte[] lines = zip(List.of("manifest.csv", "notes.csv"), List.of(manifest(),
                rows("takenAt,text\n", "2025-01-01T10:00:00Z,x\n", 8_000_000)));
        String product = api.post(attacker, "/api/v1/products", "{\"name\": \"Batches\", \"form\": \"POWDER\"}").text("id");
        byte[] coa = rows("batchCode,leadUgPerG\n", "B,0.1\n", 3_000_000).readAllBytes();
        byte[] deep = ("{\"takenAt\": \"2025-01-01T10:00:00Z\", \"pain\": 4, \"x\": " + "[".repeat(10_000)
                + "]".repeat(10_000) + "}").getBytes(StandardCharsets.UTF_8);
        byte[] string = ("{\"note\": \"" + "x".repeat((int) (50 * MB)) + "\"}").getBytes(StandardCharsets.UTF_8);

        AtomicLong peakRss = new AtomicLong();
        AtomicBoolean attacking = new AtomicBoolean(true);
        CompletableFuture<Void> sampling = CompletableFuture.runAsync(() -> {
            while (attacking.get()) {
                peakRss.accumulateAndGet(residentKilobytes(server.pid()), Math::max);
                sleep(100);
            }
        });
        List<Long> served = new ArrayList<>();
        AtomicInteger failed = new AtomicInteger();
        CompletableFuture<Void> others = CompletableFuture.runAsync(() -> {
            while (attacking.get()) {
                Instant sent = Instant.now();
                int status = api.post(bystander, "/api/v1/checkins", "{\"takenAt\": \"" + Instant.now() + "\", \"pain\": 3}")
                        .status();
                synchronized (served) {
                    served.add(Duration.between(sent, Instant.now()).toMillis());
                }
                if (status != 201) {
                    failed.incrementAndGet();
                }
                sleep(50);
            }
        });

        List<String> answers = new ArrayList<>();
        answers.add(refused(port, attacker, "zip bomb", "/api/v1/import?format=mitra-csv", "application/zip",
                new ByteArrayInputStream(bomb), bomb.length, 400));
        answers.add(refused(port, attacker, "eight million lines", "/api/v1/import?format=mitra-csv", "application/zip",
                new ByteArrayInputStream(lines), lines.length, 400));
        answers.add(refused(port, attacker, "300 MB chunked", "/api/v1/import?format=mitra-json", "application/json",
                zeros(300 * MB), -1, 413));
        answers.add(refused(port, attacker, "3,000,000-row certificates", "/api/v1/products/" + product
                + "/batches/import", "text/csv", new ByteArrayInputStream(coa), coa.length, 400));
        answers.add(refused(port, attacker, "10,000-deep JSON", "/api/v1/checkins", "application/json",
                new ByteArrayInputStream(deep), deep.length, 400));
        answers.add(refused(port, attacker, "50 MB string", "/api/v1/checkins", "application/json",
                new ByteArrayInputStream(string), string.length, 413));

        byte[] export = export(50_000);
        Instant importStart = Instant.now();
        RawUpload.Answer imported = RawUpload.post(port, "/api/v1/import?format=mitra-json", api.newUser().token(),
                "application/json", new ByteArrayInputStream(export), export.length);
        Duration importTook = Duration.between(importStart, Instant.now());
        attacking.set(false);
        others.get();
        sampling.get();

        long slowest;
        synchronized (served) {
            slowest = served.stream().mapToLong(Long::longValue).max().orElse(0);
        }
        System.out.printf("hostile input: %s; peak RSS %d MB; %d check-ins of another person answered, slowest %d ms;"
                + " 100,000-row import %s in %d s%n", answers, peakRss.get() / 1024, served.size(), slowest,
                imported.status(), importTook.toSeconds());
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        assertThat(JSON.readTree(imported.body()).get("imported").asInt()).isEqualTo(100_000);
        assertThat(peakRss.get()).as("peak resident kB").isLessThan(600 * 1024);
        assertThat(failed).as("another person's check-ins refused meanwhile").hasValue(0);
        assertThat(served).as("another person's check-ins answered meanwhile").hasSizeGreaterThan(10);
        assertThat(slowest).as("the slowest of them, ms").isLessThan(10_000);
    }

    /** Sends the file and expects the status within 15 seconds; answers what happened, for the log. */
    private static String refused(int port, User attacker, String what, String path, String type, InputStream body,
            long length, int status) {
        Instant start = Instant.now();
        RawUpload.Answer answer = RawUpload.post(port, path, attacker.token(), type, body, length);
        Duration took = Duration.between(start, Instant.now());
        assertThat(answer.status()).as(what + ": " + answer.body()).isEqualTo(status);
        assertThat(answer.isProblem()).as(what).isTrue();
        assertThat(took).as(what).isLessThan(Duration.ofSeconds(15));
        return what + " " + answer.status() + " in " + took.toMillis() + " ms";
    }

    private static long residentKilobytes(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0);
        } catch (IOException gone) {
            return 0;
        }
    }

    /** A Mitra JSON export of {@code pairs} doses and as many check-ins. */
    private static byte[] export(int pairs) {
        StringBuilder json = new StringBuilder("{\"schema\":\"mitra-export\",\"schemaVersion\":1,\"doses\":[");
        Instant start = Instant.parse("2023-01-01T08:00:00Z");
        for (int i = 0; i < pairs; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(new UUID(1, i)).append("\",\"takenAt\":\"")
                    .append(start.plusSeconds(1_800L * i)).append("\",\"form\":\"POWDER\",\"amount\":2.5,\"unit\":\"g\"}");
        }
        json.append("],\"checkIns\":[");
        for (int i = 0; i < pairs; i++) {
            json.append(i == 0 ? "" : ",").append("{\"id\":\"").append(new UUID(2, i)).append("\",\"takenAt\":\"")
                    .append(start.plusSeconds(1_800L * i + 600)).append("\",\"pain\":").append(i % 11)
                    .append(",\"bodySites\":[\"lower back\"],\"note\":\"synthetic\"}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
