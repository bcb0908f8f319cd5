package app.mitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import app.mitra.testing.TestDatabase.TestDirectories;

/**
 * export and import are clients of the REST API's export and import (API.md): here against a small
 * server that answers as that contract says, token check included.
 */
class ExportImportCommandsTest {

    private static final String TOKEN = "mitra_test_token_1234";
    private static final String EXPORT = "{\"format\":\"mitra\",\"doses\":[]}";

    private final Path dir = TestDirectories.create("export-import");
    private HttpServer server;
    private String url;
    private String tokenFile;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/export", exchange -> {
            if (authorised(exchange)) {
                answer(exchange, 200, "application/json", exchange.getRequestURI().getQuery().equals("format=json") ? EXPORT
                        : "other");
            }
        });
        server.createContext("/api/v1/import", exchange -> {
            if (!authorised(exchange)) {
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (body.contains("broken")) {
                answer(exchange, 400, "application/problem+json", "{\"title\":\"Import refused\",\"status\":400,"
                        + "\"detail\":\"The file was not imported; nothing was stored.\",\"errors\":[{\"line\":3,"
                        + "\"message\":\"takenAt is not a date\"},{\"line\":9,\"message\":\"unknown form\"}]}");
            } else {
                answer(exchange, 200, "application/json", "{\"imported\":41,\"skipped\":1,\"errors\":[{\"line\":12,"
                        + "\"message\":\"a dose with no amount\"}]}");
            }
        });
        server.start();
        url = "http://127.0.0.1:" + server.getAddress().getPort();
        tokenFile = Files.writeString(dir.resolve("token"), TOKEN + "\n").toString();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    @Test
    void exportSavesWhatTheApiAnswersForThePersonsToken() throws IOException {
        Path file = dir.resolve("export.json");

        Cli.Result result = Cli.run("export", "--url", url, "--token-file", tokenFile, "--to", file.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("Exported to " + file + " (json, ");
        assertThat(Files.readString(file)).isEqualTo(EXPORT);
    }

    @Test
    void aRefusedTokenIsOneLineAndNoFile() {
        Path file = dir.resolve("refused.json");
        Cli.Result result = Cli.run("export", "--url", url, "--token-file", write("wrong-token"), "--to", file.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("mitra export: Mitra answered 401: Sign in with an API token.");
        assertThat(file).doesNotExist();
    }

    @Test
    void importReportsWhatWasStoredAndWhatWasSkipped() {
        Cli.Result result = Cli.run("import", "--url", url, "--token-file", tokenFile, "--format", "daylio-csv",
                "--from", write("date,mood\n2026-10-01,good\n"));

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Imported 41 record(s) from ", "; skipped 1.", "  skipped line 12: a dose with no amount");
    }

    @Test
    void aRefusedImportSaysNothingWasStoredAndWhichLinesToFix() {
        Cli.Result result = Cli.run("import", "--url", url, "--token-file", tokenFile, "--format", "mitra-json",
                "--from", write("broken"));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).isEqualTo("mitra import: Mitra answered 400: The file was not imported; nothing"
                + " was stored. line 3: takenAt is not a date; line 9: unknown form;");
    }

    @Test
    void withoutATokenTheCommandSaysWhereToGetOne() {
        Cli.Result result = Cli.run("export", "--url", url, "--to", dir.resolve("x.json").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("An API token is needed: --token-file FILE or MITRA_TOKEN");
    }

    private boolean authorised(HttpExchange exchange) throws IOException {
        if (("Bearer " + TOKEN).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            return true;
        }
        answer(exchange, 401, "application/problem+json", "{\"title\":\"Unauthorized\",\"status\":401,"
                + "\"detail\":\"Sign in with an API token.\"}");
        return false;
    }

    private static void answer(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    private String write(String content) {
        try {
            return Files.writeString(Files.createTempFile(dir, "file", ".txt"), content).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
