package app.mitra.legal.internal;

import java.util.List;

/** The legal data file is missing or fails its checks: start-up stops and names every problem. */
public class BrokenLegalDataException extends IllegalStateException {

    private final transient List<String> problems;

    public BrokenLegalDataException(String file, List<String> problems) {
        super("The legal data file " + file + " is broken: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
