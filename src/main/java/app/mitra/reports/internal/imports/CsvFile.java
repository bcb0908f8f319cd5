package app.mitra.reports.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import app.mitra.common.limits.CsvRows;
import app.mitra.common.limits.Limits;
import app.mitra.common.limits.RowCount;
import app.mitra.common.limits.Upload;

/**
 * Another app's CSV export, read as a stream: a header naming its columns (in any order, any case, a
 * leading BOM removed), then one record per row with the line it starts on. A file without the
 * columns a format needs, or with broken quoting, is refused whole.
 */
final class CsvFile {

    private CsvFile() {
    }

    /** One row: the line it starts on and its cells by lower-case column name. */
    record Line(int number, Map<String, String> cells) {

        String get(String column) {
            String value = cells.get(column);
            return value == null ? "" : value.strip();
        }

        boolean has(String column) {
            return !get(column).isEmpty();
        }
    }

    static void read(Upload file, String appName, List<String> required, Limits limits, RowCount rows,
            Consumer<Line> line) {
        try (InputStream in = file.open()) {
            CsvRows csv = CsvRows.open(in, ',', limits, rows);
            CsvRows.Row first = csv.header();
            List<String> header = first == null ? List.of()
                    : first.values().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = required.stream().filter(column -> !header.contains(column)).toList();
            if (!missing.isEmpty()) {
                throw new ImportRefused(1, "This is not a " + appName + " export: the first line names no "
                        + String.join(", ", missing) + " column.");
            }
            for (CsvRows.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.isBlank()) {
                    continue;
                }
                line.accept(new Line(row.line(), row.byColumn(header)));
            }
        } catch (CsvRows.UnreadableException e) {
            throw new ImportRefused(e.line(), "This " + appName + " file cannot be read as CSV (a quote is not closed, "
                    + "or the first line is not a header).");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
