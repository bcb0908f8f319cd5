package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.mitra.common.Ids;
import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import app.mitra.testing.TestDatabase.TestDirectories;

/**
 * DESIGN principle 3: a 2xx answer means the entry is durable. Mitra runs in its own JVM on
 * SQLite, takes concurrent check-ins and doses, is killed with SIGKILL mid-stream, and after a
 * restart on the same data directory every acknowledged entry is there.
 */
class DurabilityIT {

    private static final int WRITERS = 8;

    private final Path data = TestDirectories.create("durability");
    private Process server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void everyAcknowledgedEntrySurvivesKillNine() throws Exception {
        int port = freePort();
        server = start(port, "first");
        Api api = new Api(port);
        User person = api.newUser();

        Map<UUID, String> acknowledged = new ConcurrentHashMap<>();
        AtomicBoolean serverUp = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            writers.submit(() -> {
                for (int i = 0; serverUp.get(); i++) {
                    UUID id = Ids.newId();
                    String kind = (writer + i) % 2 == 0 ? "checkins" : "doses";
                    String body = kind.equals("checkins")
                            ? "{\"id\": \"%s\", \"takenAt\": \"%s\", \"pain\": %d}".formatted(id, Instant.now(), i % 11)
                            : "{\"id\": \"%s\", \"takenAt\": \"%s\", \"form\": \"POWDER\", \"amount\": 2.5, \"unit\": \"g\"}"
                                    .formatted(id, Instant.now());
                    try {
                        Answer answer = api.post(person, "/api/v1/" + kind, body);
                        if (answer.status() / 100 == 2) {
                            acknowledged.put(id, kind);
                        }
                    } catch (UncheckedIOException killed) {
                        return;
                    }
                }
            });
        }
        waitUntil(() -> acknowledged.size() >= 200, Duration.ofSeconds(60));
        server.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        serverUp.set(false);
        writers.shutdown();
        assertThat(writers.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        int restartPort = freePort();
        server = start(restartPort, "restarted");
        Api restarted = new Api(restartPort);
        User again = new User(person.id(), person.username(), restarted.token(person.username(), Api.PASSWORD));
        List<String> lost = acknowledged.entrySet().stream()
                .filter(entry -> restarted.get(again, "/api/v1/" + entry.getValue() + "/" + entry.getKey()).status() != 200)
                .map(entry -> entry.getValue() + "/" + entry.getKey())
                .toList();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(200);
        assertThat(lost).as("acknowledged entries missing after kill -9, of " + acknowledged.size()).isEmpty();
    }

    private Process start(int port, String name) throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(data.resolve("tmp"));
        Path log = data.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), MitraApplication.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("MITRA_DATA_DIR", data.resolve("data").toString());
        builder.environment().put("MITRA_REGISTRATION", "open");
        builder.environment().remove("MITRA_DB_URL");
        Process process = builder.start();
        Api api = new Api(port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Mitra did not start:\n" + Files.readString(log));
            }
            try {
                if (api.send("GET", "/actuator/health", null, null).status() == 200) {
                    return process;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("Mitra did not become healthy in time:\n" + Files.readString(log));
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
