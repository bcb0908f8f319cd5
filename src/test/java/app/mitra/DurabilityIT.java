package app.mitra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
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
import app.mitra.testing.MitraProcess;
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
        int port = MitraProcess.freePort();
        server = MitraProcess.start(data, port, "first");
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

        int restartPort = MitraProcess.freePort();
        server = MitraProcess.start(data, restartPort, "restarted");
        Api restarted = new Api(restartPort);
        User again = new User(person.id(), person.username(), restarted.token(person.username(), Api.PASSWORD));
        List<String> lost = acknowledged.entrySet().stream()
                .filter(entry -> restarted.get(again, "/api/v1/" + entry.getValue() + "/" + entry.getKey()).status() != 200)
                .map(entry -> entry.getValue() + "/" + entry.getKey())
                .toList();
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(200);
        assertThat(lost).as("acknowledged entries missing after kill -9, of " + acknowledged.size()).isEmpty();
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(20);
        }
    }
}
