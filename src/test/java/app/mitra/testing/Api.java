package app.mitra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Mitra's REST API over real HTTP, as a phone or the CLI would call it. */
public final class Api {

    public static final String PASSWORD = "pale-orchid-river-7319";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
    }

    /** One answer: status, content type and the body parsed as JSON (null when empty or not JSON). */
    public record Answer(int status, String contentType, String body, JsonNode json, HttpHeaders headers) {

        public Answer(int status, String contentType, String body, JsonNode json) {
            this(status, contentType, body, json, HttpHeaders.of(Map.of(), (name, value) -> true));
        }

        public Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        public String text(String field) {
            return json.get(field).asString();
        }

        public UUID id() {
            return UUID.fromString(text("id"));
        }

        /** The fields named in a problem's {@code errors}. */
        public List<String> errorFields() {
            return StreamSupport.stream(json.get("errors").spliterator(), false)
                    .map(error -> error.get("field").asString()).toList();
        }

        public boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** A signed-up person and an API token of theirs. */
    public record User(UUID id, String username, String token) {
    }

    public Answer send(String method, String path, String authorization, String json) {
        return send(method, path, authorization, json, Map.of());
    }

    /** A request with more headers (an X-Forwarded-For to come from another address, a User-Agent). */
    public Answer send(String method, String path, String authorization, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, json == null ? BodyPublishers.noBody() : BodyPublishers.ofString(json));
        headers.forEach(request::header);
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            var response = HTTP.send(request.build(), BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse(null);
            String body = response.body();
            JsonNode parsed = contentType != null && contentType.contains("json") && !body.isEmpty()
                    ? JSON.readTree(body) : null;
            return new Answer(response.statusCode(), contentType, body, parsed, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer get(User user, String path) {
        return send("GET", path, bearer(user), null);
    }

    public Answer post(User user, String path, String json) {
        return send("POST", path, bearer(user), json);
    }

    public Answer put(User user, String path, String json) {
        return send("PUT", path, bearer(user), json);
    }

    public Answer delete(User user, String path) {
        return send("DELETE", path, bearer(user), null);
    }

    public static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder()
                .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String bearer(User user) {
        return user == null ? null : "Bearer " + user.token();
    }

    public Answer signUp(String username, String password, String timeZone, String inviteCode) {
        return send("POST", "/api/v1/accounts", null, JSON.writeValueAsString(new SignUp(username, password,
                timeZone, inviteCode)));
    }

    private record SignUp(String username, String password, String timeZone, String inviteCode) {
    }

    /** Signs up a new person with a unique name (registration must be open) and gets them a token. */
    public User newUser(String timeZone) {
        String username = "u-" + UUID.randomUUID().toString().substring(0, 13);
        Answer account = signUp(username, PASSWORD, timeZone, null);
        if (account.status() != 201) {
            throw new IllegalStateException("sign-up failed: " + account);
        }
        return new User(account.id(), username, token(username, PASSWORD));
    }

    public User newUser() {
        return newUser("UTC");
    }

    public String token(String username, String password) {
        Answer token = send("POST", "/api/v1/tokens", basic(username, password), "{\"name\":\"tests\"}");
        if (token.status() != 201) {
            throw new IllegalStateException("token refused: " + token);
        }
        return token.text("token");
    }
}
