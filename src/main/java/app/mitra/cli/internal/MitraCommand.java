package app.mitra.cli.internal;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Unmatched;

/** {@code mitra}: with no command it serves, like {@code mitra serve}. */
@Command(name = "mitra", mixinStandardHelpOptions = true, versionProvider = MitraCommand.Version.class,
        description = "Mitra, a self-hosted pain journal and kratom harm-reduction companion."
                + " With no command, serves the web app and the API.",
        subcommands = { ServeCommand.class, CreateAdminCommand.class, ResetPasswordCommand.class,
                ResetSecondFactorCommand.class, BackupCommand.class,
                RestoreCommand.class, ExportCommand.class, ImportCommand.class, MigrateCommand.class,
                CheckConfigCommand.class, HealthcheckCommand.class },
        footer = { "", "Settings come from environment variables (MITRA_DATA_DIR, MITRA_DB_URL, ...);"
                + " 'check-config' shows them. Each command has --help." })
public class MitraCommand implements Callable<Integer> {

    /** Spring-style settings such as --server.port=9090, passed on to the server. */
    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        for (String argument : springArguments) {
            if (!argument.startsWith("--") || !argument.contains("=")) {
                throw new ParameterException(new CommandLine(this), "Unknown command or option '" + argument + "'.");
            }
        }
        return ServeCommand.serve(springArguments);
    }

    /** How a run ended: its exit code, and whether a server is now running in this JVM. */
    public record Outcome(int exitCode, boolean serving) {
    }

    public static Outcome execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new MitraCommand());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            CommandLine where = problem.getCommandLine();
            err.println(where.getCommandSpec().qualifiedName() + ": " + problem.getMessage() + " (see "
                    + where.getCommandSpec().qualifiedName() + " --help)");
            return CommandLine.ExitCode.USAGE;
        });
        commandLine.setExecutionExceptionHandler((problem, where, parseResult) -> {
            err.println(where.getCommandSpec().qualifiedName() + ": " + Problems.oneLine(problem));
            return CommandLine.ExitCode.SOFTWARE;
        });
        int code = commandLine.execute(args);
        return new Outcome(code, code == 0 && serves(commandLine.getParseResult()));
    }

    private static boolean serves(ParseResult result) {
        if (result == null || result.isUsageHelpRequested() || result.isVersionHelpRequested()) {
            return false;
        }
        ParseResult command = result.subcommand();
        if (command == null) {
            return true;
        }
        return command.commandSpec().userObject() instanceof ServeCommand && !command.isUsageHelpRequested();
    }

    static final class Version implements IVersionProvider {

        @Override
        public String[] getVersion() {
            String version = MitraCommand.class.getPackage().getImplementationVersion();
            return new String[] { "Mitra " + (version == null ? "(development build)" : version) };
        }
    }
}
