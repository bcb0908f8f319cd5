package app.mitra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import app.mitra.MitraApplication;

/**
 * Mitra in a JVM of its own with a 256 MB heap, on SQLite in {@code data}, with open registration:
 * for what a test in the same JVM cannot show (surviving kill -9, the memory a process takes).
 */
public final class MitraProcess {

    private MitraProcess() {
    }

    /** Starts Mitra on {@code port}, its output in {@code data/<name>.log}, and waits until it is healthy. */
    public static Process start(Path data, int port, String name) throws IOException, InterruptedException {
        Path tmp = Files.createDirectories(data.resolve("tmp"));
        Path log = data.resolve(name + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + tmp,
                "-cp", System.getProperty("java.class.path"), MitraApplication.class.getName())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("SERVER_PORT", Integer.toString(port));
        builder.environment().put("MITRA_DATA_DIR", data.resolve("data").toString());
        builder.environment().put("MITRA_REGISTRATION", "open");
        builder.environment().remove("MITRA_DB_URL");
        Process process = builder.start();
        Api api = new Api(port);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("Mitra did not start:\n" + Files.readString(log));
            }
            try {
                if (api.send("GET", "/actuator/health", null, null).status() == 200) {
                    return process;
                }
            } catch (UncheckedIOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        process.destroyForcibly();
        throw new AssertionError("Mitra did not become healthy in time:\n" + Files.readString(log));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
