package app.mitra.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import picocli.CommandLine.Option;

/** A password typed at a prompt (never echoed, never in the shell history) or read from a file. */
class PasswordInput {

    @Option(names = "--password", interactive = true, arity = "0",
            description = "Prompt for the password (not echoed).")
    char[] typed;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Read the password from FILE's first line ('-' reads standard input).")
    Path file;

    /** The password given, or null when neither option was used. */
    String password(InputStream standardInput) {
        if (typed != null) {
            return new String(typed);
        }
        if (file == null) {
            return null;
        }
        try {
            String content = file.toString().equals("-")
                    ? new String(standardInput.readAllBytes(), StandardCharsets.UTF_8) : Files.readString(file);
            return content.lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read the password from " + file + ": " + e.getMessage(), e);
        }
    }
}
