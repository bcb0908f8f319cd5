package app.mitra.reports.internal.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;

import app.mitra.testing.Api.User;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Files to and from the API as bytes (a zip, a CSV with a BOM), which the JSON-minded test client does not send. */
final class Uploads {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;

    Uploads(int port) {
        this.base = "http://localhost:" + port;
    }

    record Answer(int status, String contentType, byte[] body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    static byte[] fixture(String name) {
        try {
            return Files.readAllBytes(Path.of("src/test/resources/imports", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer importFile(User user, String format, byte[] file) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/import?format=" + format))
                .header("Content-Type", "application/octet-stream").POST(BodyPublishers.ofByteArray(file)), user);
    }

    Answer get(User user, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), user);
    }

    Answer export(User user, String format) {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/export?format=" + format)).GET(), user);
    }

    private static Answer send(HttpRequest.Builder request, User user) {
        try {
            var response = HTTP.send(request.header("Authorization", "Bearer " + user.token()).build(),
                    BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
