package app.mitra.reports.internal.imports;

/**
 * What is wrong on one line of an imported file, or why a record on it was skipped. Line 0 is the
 * file as a whole; {@code message} names the CSV file of an export's zip when there are several.
 */
public record LineError(int line, String message) {
}
