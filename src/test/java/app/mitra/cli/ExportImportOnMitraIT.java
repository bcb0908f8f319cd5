package app.mitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.testing.Api;
import app.mitra.testing.MitraOnSqlite;
import app.mitra.testing.TestDatabase.TestDirectories;

/** export from one person and import into another, through the commands, on a running Mitra. */
@MitraOnSqlite
class ExportImportOnMitraIT {

    @LocalServerPort
    int port;

    @Test
    void aPersonsExportImportsIntoAnotherAccountWithEveryDose() throws IOException {
        Api api = new Api(port);
        Api.User from = api.newUser();
        Api.User to = api.newUser();
        api.post(from, "/api/v1/doses", "{\"takenAt\":\"2026-10-01T08:00:00Z\",\"form\":\"POWDER\",\"amount\":2,\"unit\":\"g\"}");
        api.post(from, "/api/v1/doses", "{\"takenAt\":\"2026-10-02T08:00:00Z\",\"form\":\"POWDER\",\"amount\":3,\"unit\":\"g\"}");
        Path dir = TestDirectories.create("export-import-e2e");
        Path export = dir.resolve("export.json");
        String url = "http://localhost:" + port;

        Cli.Result exported = Cli.run("export", "--url", url, "--token-file", token(dir, from), "--to", export.toString());
        Cli.Result imported = Cli.run("import", "--url", url, "--token-file", token(dir, to), "--format", "mitra-json",
                "--from", export.toString());

        assertThat(exported.exitCode()).as(exported.toString()).isZero();
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.out()).startsWith("Imported ");
        assertThat(api.get(to, "/api/v1/doses?limit=10").json().get("items")).hasSize(2);
    }

    private static String token(Path dir, Api.User user) throws IOException {
        return Files.writeString(dir.resolve(user.username() + ".token"), user.token()).toString();
    }
}
