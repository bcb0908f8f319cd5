package app.mitra.common.limits;

import java.util.Optional;

import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Input over one of the {@link Limits}, found while reading it: nothing of it is kept or stored. A
 * request body over its size answers 413; anything found inside the content (a zip's size, rows,
 * a line, JSON nesting) answers 400. Both name the setting, and say it in words.
 */
public class LimitExceededException extends RuntimeException {

    private final Limit limit;
    private final boolean body;

    private LimitExceededException(Limit limit, boolean body, String detail) {
        super(detail);
        this.limit = limit;
        this.body = body;
    }

    /** A request body, or a file as a whole, larger than its limit. */
    public static LimitExceededException body(Limits limits, Limit limit) {
        boolean file = limit != Limit.JSON_BYTES;
        return new LimitExceededException(limit, true, (file ? "The file is" : "The request body is")
                + " larger than this server accepts (" + limits.shown(limit) + "). Nothing was stored"
                + (file ? "; send a smaller file, or split it. The" : "; the") + " server's operator can raise "
                + limit.setting() + ".");
    }

    public static LimitExceededException zipBytes(Limits limits) {
        return content(limits, Limit.ZIP_BYTES, "The zip unpacks to more than this server accepts ("
                + limits.shown(Limit.ZIP_BYTES) + ").");
    }

    public static LimitExceededException zipEntries(Limits limits) {
        return content(limits, Limit.ZIP_ENTRIES, "The zip holds more files than this server accepts ("
                + limits.shown(Limit.ZIP_ENTRIES) + ").");
    }

    public static LimitExceededException zipRatio(Limits limits, String entry) {
        return content(limits, Limit.ZIP_RATIO, "The file " + entry + " in the zip is compressed more than "
                + limits.shown(Limit.ZIP_RATIO) + " to 1, which real exports never are.");
    }

    public static LimitExceededException rows(Limits limits) {
        return content(limits, Limit.ROWS, "The file has more rows than this server accepts in one file ("
                + limits.shown(Limit.ROWS) + "); split it into smaller files.");
    }

    public static LimitExceededException line(Limits limits, long line) {
        return content(limits, Limit.LINE_CHARS, "Line " + line + " is longer than this server accepts ("
                + limits.shown(Limit.LINE_CHARS) + " characters).");
    }

    /** One record of a JSON file larger than a request body may be. */
    public static LimitExceededException record(Limits limits, long line) {
        return content(limits, Limit.JSON_BYTES, "The record on line " + line
                + " is larger than this server accepts for one record (" + limits.shown(Limit.JSON_BYTES) + ").");
    }

    static LimitExceededException jsonDepth(Limits limits) {
        return content(limits, Limit.JSON_DEPTH, "The JSON nests lists and objects deeper than this server accepts ("
                + limits.shown(Limit.JSON_DEPTH) + " levels).");
    }

    static LimitExceededException jsonString(Limits limits) {
        return content(limits, Limit.JSON_STRING_CHARS, "A text in the JSON is longer than this server accepts ("
                + limits.shown(Limit.JSON_STRING_CHARS) + " characters).");
    }

    /**
     * Jackson's refusal of deep nesting or a long text (its stream constraints hold those limits) as
     * the limit it stands for; empty for its other constraints (an absurdly long number), which stay JSON errors.
     */
    public static Optional<LimitExceededException> of(Limits limits, StreamConstraintsException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("getMaxNestingDepth")) {
            return Optional.of(jsonDepth(limits));
        }
        if (message.contains("getMaxStringLength") || message.contains("getMaxNameLength")) {
            return Optional.of(jsonString(limits));
        }
        return Optional.empty();
    }

    private static LimitExceededException content(Limits limits, Limit limit, String what) {
        return new LimitExceededException(limit, false, what + " Nothing was stored; the server's operator can raise "
                + limit.setting() + ".");
    }

    public Limit limit() {
        return limit;
    }

    /** True for a body too large (413), false for content over a limit (400). */
    public boolean isBody() {
        return body;
    }
}
