package app.mitra.reports.internal.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.accounts.AuditTrail;
import app.mitra.common.limits.Limit;
import app.mitra.common.limits.Limits;
import app.mitra.common.limits.Upload;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.ConflictException;
import app.mitra.journal.Journal;
import app.mitra.products.Batches;
import app.mitra.products.Products;
import app.mitra.products.Recalls;
import app.mitra.safety.DependenceSignals;
import app.mitra.safety.Findings;
import app.mitra.safety.HealthProfiles;
import app.mitra.safety.Tapers;
import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import tools.jackson.databind.JsonNode;

/**
 * A file larger than one chunk is stored a chunk at a time and still whole or not at all, on each
 * database ({@link ChunkedImportOnSqliteIT}, {@link ChunkedImportOnPostgresIT}): the product its doses
 * name may stand after them, the same file again adds nothing, and when a later chunk fails the
 * earlier ones are taken back while what the person held before stays.
 */
@TestInstance(Lifecycle.PER_CLASS)
abstract class ChunkedImportContract {

    private static final int DOSES = 2_500;

    @LocalServerPort
    int port;
    @Autowired
    Readers readers;
    @Autowired
    Journal journal;
    @Autowired
    Products products;
    @Autowired
    Batches batches;
    @Autowired
    Recalls recalls;
    @Autowired
    HealthProfiles profiles;
    @Autowired
    Tapers tapers;
    @Autowired
    Findings findings;
    @Autowired
    DependenceSignals signals;
    @Autowired
    AuditTrail audit;
    @Autowired
    Writes writes;
    @Autowired
    Limits limits;
    /** The app's own (the test's {@link Uploads} sends files over HTTP). */
    @Autowired
    app.mitra.common.limits.Uploads received;

    Api api;

    @BeforeAll
    void clients() {
        api = new Api(port);
    }

    @Test
    void aFileOfSeveralChunksIsStoredWholeAndTheSameFileAgainAddsNothing() {
        User person = api.newUser();
        UUID product = UUID.randomUUID();
        byte[] file = export(product, DOSES);

        JsonNode first = importOf(person, file);
        JsonNode again = importOf(person, file);

        assertThat(first.get("imported").asInt()).as(first.toString()).isEqualTo(DOSES + 1);
        assertThat(first.get("counts").get("doses").asInt()).isEqualTo(DOSES);
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("skipped").asInt()).isEqualTo(DOSES + 1);
        JsonNode dose = api.get(person, "/api/v1/doses?from=2020-01-01&limit=1").json().get("items").get(0);
        assertThat(api.get(person, "/api/v1/products/" + dose.get("productId").asString()).text("name"))
                .as("doses name the product that stands after them in the file").isEqualTo("Late product");
    }

    @Test
    void whenALaterChunkFailsTheEarlierOnesAreTakenBackAndWhatWasThereStays() {
        User person = api.newUser();
        UUID product = UUID.randomUUID();
        importOf(person, export(product, 1));
        AtomicInteger calls = new AtomicInteger();
        Importer failingOnTheThirdChunk = importer(new Writes() {
            @Override
            public <T> T write(Supplier<T> work) {
                return writes.write(() -> {
                    T done = work.get();
                    if (calls.incrementAndGet() == 3) {
                        throw new IllegalStateException("the disk is full");
                    }
                    return done;
                });
            }
        });

        try (Upload file = upload(export(product, DOSES))) {
            assertThatThrownBy(() -> failingOnTheThirdChunk.run(person.id(), ImportFormat.MITRA_JSON, file))
                    .hasMessage("the disk is full");
        }

        assertThat(calls).hasValue(3);
        assertThat(api.get(person, "/api/v1/doses?from=2020-01-01&limit=500").json().get("items"))
                .as("only the dose imported before").hasSize(1);
        assertThat(api.get(person, "/api/v1/products").json().get("items")).as("the product imported before")
                .hasSize(1);
    }

    @Test
    void aSecondImportIntoTheSameAccountWhileOneRunsIsRefusedNotInterleaved() throws Exception {
        User person = api.newUser();
        CountDownLatch inFirstChunk = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Importer slow = importer(new Writes() {
            @Override
            public <T> T write(Supplier<T> work) {
                inFirstChunk.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return writes.write(work);
            }
        });
        byte[] file = export(UUID.randomUUID(), 10);

        try (Upload one = upload(file); Upload two = upload(file)) {
            CompletableFuture<ImportResult> running = CompletableFuture.supplyAsync(
                    () -> slow.run(person.id(), ImportFormat.MITRA_JSON, one));
            assertThat(inFirstChunk.await(30, TimeUnit.SECONDS)).isTrue();
            assertThatThrownBy(() -> slow.run(person.id(), ImportFormat.MITRA_JSON, two))
                    .isInstanceOf(ConflictException.class);
            release.countDown();
            assertThat(running.get(60, TimeUnit.SECONDS).imported()).isEqualTo(11);
        }
    }

    private Importer importer(Writes chunkWrites) {
        return new Importer(readers, journal, products, batches, recalls, profiles, tapers, findings, signals, audit,
                chunkWrites, limits);
    }

    private Upload upload(byte[] file) {
        return received.receive(new ByteArrayInputStream(file), Limit.IMPORT_BYTES);
    }

    private JsonNode importOf(User person, byte[] file) {
        Uploads.Answer answer = new Uploads(port).importFile(person, "mitra-json", file);
        assertThat(answer.status()).as(new String(answer.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return answer.json();
    }

    /** A Mitra JSON export of {@code doses} doses of one product, listed after them. */
    static byte[] export(UUID product, int doses) {
        StringBuilder json = new StringBuilder("{\"schema\":\"mitra-export\",\"schemaVersion\":1,\"doses\":[");
        Instant start = Instant.parse("2024-01-01T08:00:00Z");
        for (int i = 0; i < doses; i++) {
            json.append(i == 0 ? "" : ",").append("\n{\"id\":\"").append(new UUID(product.getMostSignificantBits(), i))
                    .append("\",\"takenAt\":\"").append(start.plusSeconds(3_600L * i))
                    .append("\",\"form\":\"POWDER\",\"amount\":2.5,\"unit\":\"g\",\"productId\":\"").append(product)
                    .append("\"}");
        }
        json.append("],\n\"products\":[{\"id\":\"").append(product).append("\",\"name\":\"Late product\",\"form\":\"POWDER\"}]}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
