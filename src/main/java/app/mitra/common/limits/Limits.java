package app.mitra.common.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How much of anyone's input the server takes (API.md, "Limits"). Every figure is a setting
 * ({@code MITRA_LIMIT_*}, see {@link Limit}) and each is enforced while the input is read, never
 * after it is held whole: request bodies as they arrive, zips as they inflate, files row by row.
 *
 * @param importBytes a file sent to an import (the import itself, certificate and recall files)
 * @param dataSetBytes an admin's data-set upload
 * @param jsonBytes any other request body, and one record of a JSON file
 * @param zipBytes what a zip may unpack to, all its files together
 * @param zipEntries how many files a zip may hold
 * @param zipRatio how much smaller than its content a file in a zip may be, once past {@link #ZIP_RATIO_FLOOR}
 * @param rows rows of a file (lines of a CSV file, records of a JSON file), all files of a zip together
 * @param lineChars the longest line of a CSV file, or row spanning several lines
 * @param jsonDepth how deep JSON arrays and objects may nest
 * @param jsonStringChars the longest text in JSON
 */
@ConfigurationProperties(prefix = "mitra.limit")
public record Limits(DataSize importBytes, DataSize dataSetBytes, DataSize jsonBytes, DataSize zipBytes,
        Integer zipEntries, Integer zipRatio, Integer rows, Integer lineChars, Integer jsonDepth,
        Integer jsonStringChars) {

    /** Small files compress well (a CSV of one repeated row); the ratio says nothing until an entry is this large. */
    public static final long ZIP_RATIO_FLOOR = 1 << 20;

    public static final Limits DEFAULTS = new Limits(null, null, null, null, null, null, null, null, null, null);

    public Limits {
        importBytes = size(importBytes, DataSize.ofMegabytes(32), Limit.IMPORT_BYTES);
        dataSetBytes = size(dataSetBytes, DataSize.ofMegabytes(64), Limit.DATA_SET_BYTES);
        jsonBytes = size(jsonBytes, DataSize.ofMegabytes(1), Limit.JSON_BYTES);
        zipBytes = size(zipBytes, DataSize.ofMegabytes(200), Limit.ZIP_BYTES);
        zipEntries = count(zipEntries, 64, Limit.ZIP_ENTRIES);
        zipRatio = count(zipRatio, 100, Limit.ZIP_RATIO);
        rows = count(rows, 500_000, Limit.ROWS);
        lineChars = count(lineChars, 65_536, Limit.LINE_CHARS);
        jsonDepth = count(jsonDepth, 64, Limit.JSON_DEPTH);
        jsonStringChars = count(jsonStringChars, 1_048_576, Limit.JSON_STRING_CHARS);
    }

    /** The figure a limit stands for, in bytes, entries, rows or characters. */
    public long of(Limit limit) {
        return switch (limit) {
            case IMPORT_BYTES -> importBytes.toBytes();
            case DATA_SET_BYTES -> dataSetBytes.toBytes();
            case JSON_BYTES -> jsonBytes.toBytes();
            case ZIP_BYTES -> zipBytes.toBytes();
            case ZIP_ENTRIES -> zipEntries;
            case ZIP_RATIO -> zipRatio;
            case ROWS -> rows;
            case LINE_CHARS -> lineChars;
            case JSON_DEPTH -> jsonDepth;
            case JSON_STRING_CHARS -> jsonStringChars;
        };
    }

    /** The limit's figure as a person reads it: "32 MB", "500,000". */
    public String shown(Limit limit) {
        return limit.shown(of(limit));
    }

    private static DataSize size(DataSize given, DataSize fallback, Limit limit) {
        if (given == null) {
            return fallback;
        }
        if (given.toBytes() < 1) {
            throw new IllegalArgumentException(limit.setting() + " must be at least 1 byte; got " + given);
        }
        return given;
    }

    private static Integer count(Integer given, int fallback, Limit limit) {
        if (given == null) {
            return fallback;
        }
        if (given < 1) {
            throw new IllegalArgumentException(limit.setting() + " must be 1 or more; got " + given);
        }
        return given;
    }
}
