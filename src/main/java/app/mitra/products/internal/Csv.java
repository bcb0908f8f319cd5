package app.mitra.products.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.mitra.common.limits.CsvRows;
import app.mitra.common.limits.Limits;
import app.mitra.common.limits.RowCount;
import app.mitra.products.FileRefusedException;
import app.mitra.products.LineProblem;

/**
 * RFC 4180 files read as a stream with commons-csv: commas, double-quoted fields with doubled quotes
 * and line breaks inside, CRLF or LF. Each record keeps the line it starts on, so a problem can name
 * its line. Reading stops at the first row past the file's own cap, so a file of millions of rows is
 * refused after the cap's worth, and never held.
 */
final class Csv {

    record Row(int line, List<String> fields) {
    }

    /** A file's rows under its header: each known column's position, by the column's own spelling. */
    record Table(Map<String, Integer> columns, List<Row> rows) {
    }

    private Csv() {
    }

    /**
     * Reads a file with a header row of these columns (in any order and case). A file that cannot be
     * read, an unknown, repeated or missing required column, or more than {@code maxRows} rows refuses the file.
     */
    static Table table(InputStream in, List<String> known, List<String> required, int maxRows, Limits limits) {
        CsvRows csv = CsvRows.open(in, ',', limits, new RowCount(limits));
        try {
            CsvRows.Row header = csv.header();
            if (header == null) {
                throw new FileRefusedException(List.of(new LineProblem(1, "file", "is empty")));
            }
            Map<String, Integer> at = columns(header, known, required);
            List<Row> rows = new ArrayList<>();
            for (CsvRows.Row row = csv.next(); row != null; row = csv.next()) {
                if (row.isBlank()) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new FileRefusedException(List.of(new LineProblem(row.line(), "file",
                            "has more than " + maxRows + " rows")));
                }
                rows.add(new Row(row.line(), row.values()));
            }
            return new Table(at, rows);
        } catch (CsvRows.UnreadableException e) {
            throw new FileRefusedException(List.of(new LineProblem(e.line(), "file", e.getMessage())));
        }
    }

    private static Map<String, Integer> columns(CsvRows.Row header, List<String> known, List<String> required) {
        Map<String, Integer> at = new HashMap<>();
        List<LineProblem> problems = new ArrayList<>();
        for (int i = 0; i < header.values().size(); i++) {
            String name = header.values().get(i).strip();
            String column = known.stream().filter(k -> k.equalsIgnoreCase(name)).findFirst().orElse(null);
            if (column == null) {
                problems.add(new LineProblem(header.line(), name, "is not a column Mitra knows; use " + known));
            } else if (at.putIfAbsent(column, i) != null) {
                problems.add(new LineProblem(header.line(), name, "appears twice in the header"));
            }
        }
        required.stream().filter(column -> !at.containsKey(column))
                .forEach(column -> problems.add(new LineProblem(header.line(), column, "the header needs this column")));
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return at;
    }
}
