package app.mitra.safety.internal;

import java.util.List;

/** The rulebook file cannot be trusted; Mitra refuses to start rather than screen with it. */
public class BrokenRulebookException extends RuntimeException {

    private final List<String> problems;

    public BrokenRulebookException(String file, List<String> problems) {
        super("The safety rulebook " + file + " is broken: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
