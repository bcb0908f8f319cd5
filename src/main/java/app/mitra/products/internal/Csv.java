package app.mitra.products.internal;

import java.util.ArrayList;
import java.util.List;

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

    private Csv() {
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
