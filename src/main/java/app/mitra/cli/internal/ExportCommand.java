package app.mitra.cli.internal;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import app.mitra.common.storage.PrivateFiles;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = { "Saves a person's data from a running Mitra to FILE: JSON, CSV (a zip) or FHIR R4.",
                "Goes through the REST API (GET /api/v1/export) with that person's API token, so it",
                "exports exactly what they may see. For the whole database, use 'backup'." })
class ExportCommand implements Callable<Integer> {

    @Mixin
    ServerOptions server;

    @Option(names = "--format", defaultValue = "json", paramLabel = "FORMAT",
            description = "json (default), csv or fhir.")
    ExportFormat format;

    @Option(names = "--to", required = true, paramLabel = "FILE", description = "The file to write (must not exist).")
    Path to;

    @Spec
    CommandSpec spec;

    enum ExportFormat {
        JSON, CSV, FHIR;

        String wire() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (Files.exists(to)) {
            throw new IllegalArgumentException(to + " already exists; choose a new file name.");
        }
        HttpResponse<byte[]> answer = server.send("/api/v1/export?format=" + format.wire(),
                HttpRequest.newBuilder().GET(), System.in, System.getenv());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(ServerOptions.problem(answer));
        }
        Path partial = to.resolveSibling(to.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        Files.write(PrivateFiles.newFile(partial), answer.body());
        Files.move(partial, to, StandardCopyOption.ATOMIC_MOVE);
        spec.commandLine().getOut().println("Exported to " + to + " (" + format.wire() + ", " + answer.body().length
                + " bytes).");
        return 0;
    }
}
