package app.mitra.common.limits;

import java.text.NumberFormat;
import java.util.Locale;

/** Each limit of {@link Limits}, by the setting that raises it: the name an answer's {@code limit} carries. */
public enum Limit {
    IMPORT_BYTES("MITRA_LIMIT_IMPORT_BYTES", true),
    DATA_SET_BYTES("MITRA_LIMIT_DATA_SET_BYTES", true),
    JSON_BYTES("MITRA_LIMIT_JSON_BYTES", true),
    ZIP_BYTES("MITRA_LIMIT_ZIP_BYTES", true),
    ZIP_ENTRIES("MITRA_LIMIT_ZIP_ENTRIES", false),
    ZIP_RATIO("MITRA_LIMIT_ZIP_RATIO", false),
    ROWS("MITRA_LIMIT_ROWS", false),
    LINE_CHARS("MITRA_LIMIT_LINE_CHARS", false),
    JSON_DEPTH("MITRA_LIMIT_JSON_DEPTH", false),
    JSON_STRING_CHARS("MITRA_LIMIT_JSON_STRING_CHARS", false);

    private static final long KB = 1024;
    private static final long MB = KB * KB;

    private final String setting;
    private final boolean bytes;

    Limit(String setting, boolean bytes) {
        this.setting = setting;
        this.bytes = bytes;
    }

    /** The environment variable that sets it, e.g. {@code MITRA_LIMIT_IMPORT_BYTES}. */
    public String setting() {
        return setting;
    }

    /** A figure of this limit in words: sizes in MB or KB when they are whole ones, counts with separators. */
    String shown(long figure) {
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.ENGLISH);
        if (!bytes) {
            return number.format(figure);
        }
        if (figure >= MB && figure % MB == 0) {
            return number.format(figure / MB) + " MB";
        }
        if (figure >= KB && figure % KB == 0) {
            return number.format(figure / KB) + " KB";
        }
        return number.format(figure) + " bytes";
    }
}
