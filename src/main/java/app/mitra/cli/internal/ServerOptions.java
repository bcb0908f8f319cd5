package app.mitra.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import picocli.CommandLine.Option;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A running Mitra and the API token of the person whose data a command moves. The commands go
 * through the REST API (API.md), so they see and change exactly what that person may, on any node.
 */
class ServerOptions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Option(names = "--url", paramLabel = "URL",
            description = "Mitra's address (default: http://127.0.0.1:$SERVER_PORT, port 8080).")
    URI url;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "A file holding your API token ('-' reads standard input; default: the MITRA_TOKEN variable).")
    Path tokenFile;

    /** Sends a request to the API path with the person's token; a server that does not answer is one clear line. */
    HttpResponse<byte[]> send(String path, HttpRequest.Builder request, InputStream standardInput,
            Map<String, String> environment) throws InterruptedException {
        URI base = url != null ? url : URI.create("http://127.0.0.1:" + environment.getOrDefault("SERVER_PORT", "8080"));
        URI target = base.resolve(path);
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build().send(request.uri(target)
                    .header("Authorization", "Bearer " + token(standardInput, environment)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            // the JDK's own message is often empty: name what was tried instead
            throw new IllegalStateException("Mitra does not answer at " + base + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private String token(InputStream standardInput, Map<String, String> environment) throws IOException {
        String token = tokenFile == null ? environment.getOrDefault("MITRA_TOKEN", "")
                : tokenFile.toString().equals("-") ? new String(standardInput.readAllBytes(), StandardCharsets.UTF_8)
                : Files.readString(tokenFile);
        if (token.isBlank()) {
            throw new IllegalArgumentException("An API token is needed: --token-file FILE or MITRA_TOKEN (create one"
                    + " under Settings, or with POST /api/v1/tokens).");
        }
        return token.strip();
    }

    /** A refusal as one line: the problem's own words (RFC 9457 detail, then each listed error). */
    static String problem(HttpResponse<byte[]> answer) {
        String words;
        try {
            JsonNode problem = JSON.readTree(answer.body());
            StringBuilder line = new StringBuilder(problem.path("detail").asString(problem.path("title").asString("")));
            for (JsonNode error : problem.path("errors")) {
                line.append(line.isEmpty() ? "" : " ").append(located(error)).append(';');
            }
            words = line.toString();
        } catch (JacksonException notJson) {
            words = new String(answer.body(), StandardCharsets.UTF_8);
        }
        return "Mitra answered " + answer.statusCode() + (words.isBlank() ? "" : ": " + words.strip().replaceAll("\\s+", " "));
    }

    /** "line 3: message" or "field message", as an error names its place. */
    static String located(JsonNode error) {
        if (error.has("line")) {
            return "line " + error.path("line").asInt() + ": " + error.path("message").asString("");
        }
        return (error.path("field").asString("") + " " + error.path("message").asString("")).strip();
    }

    static JsonNode json(HttpResponse<byte[]> answer) {
        return JSON.readTree(answer.body());
    }
}
