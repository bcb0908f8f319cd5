package app.mitra.products.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.mitra.products.FileRefusedException;
import app.mitra.products.LineProblem;

/**
 * A small RFC 4180 reader: commas, double-quoted fields with doubled quotes and line breaks inside,
 * CRLF or LF. Each record keeps the line it starts on, so a problem can name its line.
 */
final class Csv {

    record Row(int line, List<String> fields) {

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    /** Thrown for a quote left open: the file cannot be read at all. */
    static final class UnreadableException extends Exception {

        final int line;

        UnreadableException(int line) {
            super("a quoted field is never closed");
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
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < body.length() && body.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                rows.add(new Row(rowStart, List.copyOf(fields)));
                fields.clear();
                line++;
                rowStart = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new UnreadableException(rowStart);
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            rows.add(new Row(rowStart, List.copyOf(fields)));
        }
        return rows.stream().filter(row -> !row.isBlank()).toList();
    }
}
