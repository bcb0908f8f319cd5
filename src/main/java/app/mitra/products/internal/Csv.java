package app.mitra.products.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import app.mitra.products.FileRefusedException;
import app.mitra.products.LineProblem;

/**
 * RFC 4180 files read with commons-csv: commas, double-quoted fields with doubled quotes and line
 * breaks inside, CRLF or LF. Each record keeps the line it starts on, so a problem can name its line.
 */
final class Csv {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

    record Row(int line, List<String> fields) {

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** Thrown for a quote left open: the file cannot be read at all. */
    static final class UnreadableException extends Exception {

        final int line;

        UnreadableException(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    /** A file's rows under its header: each known column's position, by the column's own spelling. */
    record Table(Map<String, Integer> columns, List<Row> rows) {
    }

    private Csv() {
    }

    /**
     * Reads a file with a header row of these columns (in any order and case). A file that cannot be
     * read, an unknown, repeated or missing required column, or too many rows refuses the file.
     */
    static Table table(String text, List<String> known, List<String> required, int maxRows) {
        List<Row> rows;
        try {
            rows = read(text == null ? "" : text.strip());
        } catch (UnreadableException e) {
            throw new FileRefusedException(List.of(new LineProblem(e.line, "file", e.getMessage())));
        }
        if (rows.isEmpty()) {
            throw new FileRefusedException(List.of(new LineProblem(1, "file", "is empty")));
        }
        Row header = rows.get(0);
        Map<String, Integer> at = new HashMap<>();
        List<LineProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip();
            String column = known.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (column == null) {
                problems.add(new LineProblem(header.line(), name, "is not a column Mitra knows; use " + known));
            } else if (at.putIfAbsent(column, i) != null) {
                problems.add(new LineProblem(header.line(), name, "appears twice in the header"));
            }
        }
        required.stream().filter(column -> !at.containsKey(column))
                .forEach(column -> problems.add(new LineProblem(header.line(), column, "the header needs this column")));
        if (rows.size() - 1 > maxRows) {
            problems.add(new LineProblem(header.line(), "file", "has more than " + maxRows + " rows"));
        }
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return new Table(at, rows.subList(1, rows.size()));
    }

    static List<Row> read(String text) throws UnreadableException {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        int[] lineStarts = lineStarts(body);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(body, FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                long finished = parser.getCurrentLineNumber();
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new UnreadableException(firstFilledLine(body, lineStarts, (int) finished),
                            String.valueOf(e.getMessage()).contains("EOF") ? "a quoted field is never closed"
                                    : "has a quote in the middle of a quoted field");
                }
                // the position is where the parser began looking, before the empty lines it skipped
                int line = firstFilledLine(body, lineStarts, lineOf(lineStarts, record.getCharacterPosition()) - 1);
                rows.add(new Row(line, record.toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.stream().filter(row -> !row.isBlank()).toList();
    }

    /** Where each line starts (0-based offsets), a line ending in CRLF, LF or a lone CR as RFC 4180 readers do. */
    private static int[] lineStarts(String body) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= body.length() || body.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The 1-based line holding this offset. */
    private static int lineOf(int[] lineStarts, long offset) {
        int found = Arrays.binarySearch(lineStarts, (int) offset);
        return (found >= 0 ? found : -found - 2) + 1;
    }

    /** The first line after {@code finished} lines that holds more than spaces: where the next record starts. */
    private static int firstFilledLine(String body, int[] lineStarts, int finished) {
        for (int line = finished; line < lineStarts.length; line++) {
            int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : body.length();
            if (!body.substring(lineStarts[line], end).isBlank()) {
                return line + 1;
            }
        }
        return lineStarts.length;
    }
}
