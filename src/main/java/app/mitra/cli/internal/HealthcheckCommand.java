package app.mitra.cli.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** For container health checks and monitoring: no Spring, so it answers in a fraction of a second. */
@Command(name = "healthcheck", mixinStandardHelpOptions = true,
        description = { "Asks a running Mitra whether it is healthy.",
                "Calls GET /actuator/health.",
                "Exits 0 when it answers UP, 1 otherwise; for Docker HEALTHCHECK and monitoring." })
class HealthcheckCommand implements Callable<Integer> {

    @Option(names = "--url", paramLabel = "URL",
            description = "The health URL (default: http://127.0.0.1:$SERVER_PORT/actuator/health, port 8080).")
    URI url;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "5", description = "How long to wait (default 5).")
    int timeoutSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        URI target = url != null ? url : URI.create("http://127.0.0.1:"
                + System.getenv().getOrDefault("SERVER_PORT", "8080") + "/actuator/health");
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(timeoutSeconds)).build();
        HttpResponse<String> answer;
        try {
            answer = client.send(HttpRequest.newBuilder(target).timeout(Duration.ofSeconds(timeoutSeconds)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            // the JDK's own message is often empty: name what was tried instead
            throw new IllegalStateException("Mitra does not answer at " + target + " (" + e.getClass().getSimpleName() + ")");
        }
        if (answer.statusCode() == 200 && answer.body().contains("\"UP\"")) {
            spec.commandLine().getOut().println("Mitra is up at " + target + ".");
            return 0;
        }
        spec.commandLine().getErr().println("healthcheck: Mitra at " + target + " answered " + answer.statusCode()
                + ": " + answer.body().strip());
        return 1;
    }
}
