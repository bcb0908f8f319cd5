package app.mitra.reports.internal.imports;

import java.util.List;

/** A file refused whole: corrupt, not in the format, or with records Mitra cannot store. Nothing was stored. */
public class ImportRefused extends RuntimeException {

    /** A person fixes a file from the first problems; thousands of lines of the same mistake help nobody. */
    public static final int MAX_LISTED = 100;

    private final List<LineError> errors;

    public ImportRefused(List<LineError> errors) {
        super(errors.isEmpty() ? "import refused" : "line " + errors.get(0).line() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors.subList(0, Math.min(errors.size(), MAX_LISTED)));
    }

    public ImportRefused(int line, String message) {
        this(List.of(new LineError(line, message)));
    }

    public List<LineError> errors() {
        return errors;
    }
}
