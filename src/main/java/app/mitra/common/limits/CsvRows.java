package app.mitra.common.limits;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file read row by row from a stream with commons-csv (RFC 4180: quoted values may hold
 * commas, doubled quotes and line breaks), never held whole. A leading byte order mark is dropped;
 * each row keeps the line it starts on. Lines longer than {@link Limits#lineChars()} and rows past
 * {@link Limits#rows()} refuse the file as they are met. A quote left open, or one in the middle of
 * a quoted value, is an {@link UnreadableException} naming the line reading stopped at.
 */
public final class CsvRows {

    private static final CSVFormat RFC4180 = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

    /** One row: the line it starts on and its values. An empty line is a blank row of one empty value. */
    public record Row(int line, List<String> values) {

        public boolean isBlank() {
            return values.stream().allMatch(String::isBlank);
        }

        /** The values by the header's column names; a column named twice keeps its first value. */
        public Map<String, String> byColumn(List<String> columns) {
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < columns.size() && i < values.size(); i++) {
                cells.putIfAbsent(columns.get(i), values.get(i));
            }
            return cells;
        }
    }

    /** The file cannot be read as CSV from {@code line} on. */
    public static final class UnreadableException extends RuntimeException {

        private final int line;

        UnreadableException(int line, boolean openQuote) {
            super(openQuote ? "a quoted value is never closed" : "has a quote in the middle of a quoted value");
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private final LineGuard guard;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final RowCount rows;

    private CsvRows(Reader reader, char delimiter, Limits limits, RowCount rows) throws IOException {
        this.guard = new LineGuard(withoutByteOrderMark(reader), limits);
        this.parser = CSVParser.parse(guard, RFC4180.builder().setDelimiter(delimiter).get());
        this.records = parser.iterator();
        this.rows = rows;
    }

    /** Reads UTF-8 from {@code in}, which the caller closes (a zip moves on to its next file instead). */
    public static CsvRows open(InputStream in, char delimiter, Limits limits, RowCount rows) {
        try {
            return new CsvRows(new InputStreamReader(in, StandardCharsets.UTF_8), delimiter, limits, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row that is not blank, not counted among the rows: a header. Null for a file with none. */
    public Row header() {
        for (Row row = read(); row != null; row = read()) {
            if (!row.isBlank()) {
                return row;
            }
        }
        return null;
    }

    /** The next row, blank or not (each counts), or null at the end. */
    public Row next() {
        Row row = read();
        if (row != null) {
            rows.next();
        }
        return row;
    }

    private Row read() {
        long finished = parser.getCurrentLineNumber();
        guard.row();
        try {
            if (!records.hasNext()) {
                return null;
            }
            return new Row((int) finished + 1, records.next().toList());
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UnreadableException((int) finished + 1, String.valueOf(e.getMessage()).contains("EOF"));
        }
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first >= 0 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }
}
