package app.mitra.common;

import java.util.List;

/**
 * A data file shipped with Mitra (legal rows, library articles ...) failed its checks: start-up stops,
 * and {@link BrokenDataFileFailureAnalyzer} lists every problem and where to fix it, not a stack trace.
 */
public abstract class BrokenDataFile extends IllegalStateException {

    private final transient List<String> problems;
    private final String fix;

    protected BrokenDataFile(String what, String fix, List<String> problems) {
        super(what + " is broken: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
        this.fix = fix;
    }

    public List<String> problems() {
        return problems;
    }

    public String fix() {
        return fix;
    }
}
