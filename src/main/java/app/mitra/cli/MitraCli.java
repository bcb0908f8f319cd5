package app.mitra.cli;

import java.io.PrintWriter;

import app.mitra.cli.internal.MitraCommand;

/** The jar's entry point: {@code java -jar mitra.jar [command]}; no command serves. */
public final class MitraCli {

    private MitraCli() {
    }

    public static void main(String[] args) {
        MitraCommand.Outcome outcome = MitraCommand.execute(args, new PrintWriter(System.out, true),
                new PrintWriter(System.err, true));
        // a running server keeps the JVM alive on its own threads; every other command ends here
        if (!outcome.serving()) {
            System.exit(outcome.exitCode());
        }
    }

    /** Runs a command in this JVM and answers its exit code (for tests and embedding). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return MitraCommand.execute(args, out, err).exitCode();
    }
}
