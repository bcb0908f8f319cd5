package app.mitra.cli.internal;

import java.util.stream.Collectors;

import app.mitra.common.web.InvalidInputException;

/**
 * One plain line for whatever went wrong, never a stack trace: Mitra's own exception when there is
 * one in the chain (its message is written for the operator), otherwise the deepest cause's words.
 */
final class Problems {

    private Problems() {
    }

    static String oneLine(Throwable problem) {
        Throwable cause = problem;
        while (true) {
            if (cause instanceof InvalidInputException invalid) {
                return invalid.problems().stream().map(field -> field.field() + " " + field.message())
                        .collect(Collectors.joining("; "));
            }
            if (cause.getClass().getName().startsWith("app.mitra.") || cause.getCause() == null
                    || cause.getCause() == cause) {
                break;
            }
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.lines().map(String::strip).collect(Collectors.joining(" "));
    }
}
