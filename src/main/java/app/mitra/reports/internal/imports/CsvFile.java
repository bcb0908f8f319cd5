package app.mitra.reports.internal.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Another app's CSV export: a header naming its columns (in any order, any case, a leading BOM
 * removed), then one record per row with the line it starts on. A file without the columns a format
 * needs, or with broken quoting, is refused whole.
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

    static List<Line> read(byte[] file, String appName, List<String> required, char delimiter) {
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).setTrim(false).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = csv.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = required.stream().filter(column -> !header.contains(column)).toList();
            if (!missing.isEmpty()) {
                throw new ImportRefused(1, "This is not a " + appName + " export: the first line names no "
                        + String.join(", ", missing) + " column.");
            }
            long lineBefore = csv.getCurrentLineNumber();
            for (CSVRecord record : csv) {
                Map<String, String> cells = new java.util.HashMap<>();
                List<String> values = record.toList();
                for (int i = 0; i < header.size() && i < values.size(); i++) {
                    cells.putIfAbsent(header.get(i), values.get(i));
                }
                lines.add(new Line((int) lineBefore + 1, cells));
                lineBefore = csv.getCurrentLineNumber();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ImportRefused(lineOf(e), "This " + appName + " file cannot be read as CSV (a quote is not closed, "
                    + "or the first line is not a header).");
        }
        return lines;
    }

    private static int lineOf(RuntimeException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(String.valueOf(e.getMessage()));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
