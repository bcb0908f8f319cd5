package app.mitra.library.internal;

import java.util.List;

/** An article or the learn-more map fails its checks: start-up stops and names every problem. */
public class BrokenLibraryException extends IllegalStateException {

    private final transient List<String> problems;

    public BrokenLibraryException(List<String> problems) {
        super("The library is broken: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
