package app.mitra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class MitraCliTest {

    private static final List<String> COMMANDS = List.of("serve", "create-admin", "reset-password", "backup", "restore",
            "export", "import", "migrate", "check-config", "healthcheck");

    @Test
    void helpListsEveryCommand() {
        Cli.Result help = Cli.run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains(COMMANDS);
    }

    @Test
    void everyCommandExplainsItselfWithHelp() {
        for (String command : COMMANDS) {
            Cli.Result help = Cli.run(command, "--help");

            assertThat(help.exitCode()).as(command).isZero();
            assertThat(help.out()).as(command).startsWith("Usage: mitra " + command);
        }
    }

    @Test
    void anUnknownCommandIsOneClearLineAndAUsageExitCode() {
        Cli.Result result = Cli.run("bakcup");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("mitra: Unknown command or option 'bakcup'. (see mitra --help)");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aMissingOptionNamesItInOneLine() {
        Cli.Result result = Cli.run("backup");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo(
                "mitra backup: Missing required option: '--to=FILE' (see mitra backup --help)");
    }

    @Test
    void healthcheckFailsInOneLineWhenNothingAnswers() {
        Cli.Result result = Cli.run("healthcheck", "--url", "http://127.0.0.1:1/actuator/health", "--timeout", "2");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().strip()).startsWith("mitra healthcheck: Mitra does not answer at http://127.0.0.1:1/")
                .doesNotContain("\n");
    }
}
