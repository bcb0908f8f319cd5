package app.mitra.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.accounts.Accounts;
import app.mitra.testing.Api;
import app.mitra.testing.MitraOnSqlite;
import app.mitra.testing.RunningMitra;

/** Request ids, protected Prometheus metrics, and logs that never hold what people write. */
@MitraOnSqlite
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void everyAnswerCarriesARequestIdAndAProxysIdIsKept() throws IOException, InterruptedException {
        HttpResponse<String> fresh = get("/actuator/health", null, null);
        HttpResponse<String> forwarded = get("/api/v1/doses", null, "proxy-7f3a.42");
        HttpResponse<String> hostile = get("/actuator/health", null, "bad id with spaces and <angle> brackets");

        assertThat(fresh.headers().firstValue(RequestIds.HEADER)).hasValueSatisfying(id -> UUID.fromString(id));
        assertThat(forwarded.statusCode()).isEqualTo(401);
        assertThat(forwarded.headers().firstValue(RequestIds.HEADER)).hasValue("proxy-7f3a.42");
        assertThat(hostile.headers().firstValue(RequestIds.HEADER)).hasValueSatisfying(id -> UUID.fromString(id));
    }

    @Test
    void metricsAreForTheScrapeTokenAndAdminsOnly() throws IOException, InterruptedException {
        Api api = new Api(port);
        String admin = "metrics-admin-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createAdmin(admin, Api.PASSWORD);
        String adminToken = api.token(admin, Api.PASSWORD);
        Api.User person = api.newUser();

        assertThat(get("/actuator/prometheus", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer wrong-token", null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "Bearer " + person.token(), null).statusCode()).isEqualTo(403);
        HttpResponse<String> scraped = get("/actuator/prometheus", "Bearer " + RunningMitra.OnSqlite.METRICS_TOKEN, null);
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds");
        assertThat(get("/actuator/prometheus", "Bearer " + adminToken, null).statusCode()).isEqualTo(200);
    }

    @Test
    void whatAPersonWritesNeverReachesTheLogs(CapturedOutput output) {
        Api api = new Api(port);
        Api.User user = api.newUser();
        String note = "zebra-quartz-" + UUID.randomUUID();

        Api.Answer saved = api.post(user, "/api/v1/doses", "{\"takenAt\":\"2026-10-01T08:00:00Z\",\"form\":\"POWDER\","
                + "\"amount\":2,\"unit\":\"g\",\"note\":\"" + note + "\"}");
        Api.Answer refused = api.post(user, "/api/v1/doses", "{\"takenAt\":\"not a time\",\"form\":\"POWDER\","
                + "\"amount\":-2,\"unit\":\"g\",\"note\":\"" + note + "\"}");
        api.post(user, "/api/v1/checkins", "{\"takenAt\":\"2026-10-01T09:00:00Z\",\"pain\":6,\"note\":\"" + note + "\"}");

        assertThat(saved.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(output.getAll()).doesNotContain(note).doesNotContain("zebra-quartz");
    }

    private HttpResponse<String> get(String path, String authorization, String requestId)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (requestId != null) {
            request.header(RequestIds.HEADER, requestId);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
