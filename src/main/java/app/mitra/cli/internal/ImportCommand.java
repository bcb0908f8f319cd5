package app.mitra.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = { "Imports a file into a person's journal on a running Mitra, whole or not at all.",
                "Goes through the REST API (POST /api/v1/import) with that person's API token.",
                "Formats: mitra-json, mitra-csv, psychonautwiki-journal, bearable-csv, herbal-tracker, daylio-csv." })
class ImportCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The file's format (see above).")
    String format;

    @Option(names = "--from", required = true, paramLabel = "FILE", description = "The file to import.")
    Path from;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isRegularFile(from)) {
            throw new IllegalArgumentException("There is no file at " + from + ".");
        }
        HttpResponse<byte[]> answer = server.send("/api/v1/import?format=" + format, HttpRequest.newBuilder()
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofFile(from)), System.in, System.getenv());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(ServerOptions.problem(answer));
        }
        JsonNode result = ServerOptions.json(answer);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Imported " + result.path("imported").asInt() + " record(s) from " + from + "; skipped "
                + result.path("skipped").asInt() + ".");
        for (JsonNode skipped : result.path("errors")) {
            out.println("  skipped " + ServerOptions.located(skipped));
        }
        return 0;
    }
}
