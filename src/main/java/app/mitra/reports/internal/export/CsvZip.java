package app.mitra.reports.internal.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.ZipException;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import app.mitra.common.limits.CsvRows;
import app.mitra.common.limits.Limits;
import app.mitra.common.limits.RowCount;
import app.mitra.common.limits.ZipEntries;
import app.mitra.reports.internal.imports.ImportRefused;
import app.mitra.reports.internal.imports.LineError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The export as a zip of CSV files, one per {@link Kind} plus {@code manifest.csv} (schema and
 * version). A column per field of the kind's row, in order; a field holding a list (pain types,
 * symptoms) is written as compact JSON in its cell, so the zip loses nothing the JSON export keeps.
 */
public final class CsvZip {

    public static final String MANIFEST = "manifest.csv";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private CsvZip() {
    }

    /** One row of a CSV file as the JSON export would hold it, with the line it came from. */
    public record Row(String file, int line, JsonNode node) {
    }

    public static void write(MitraExport export, JsonMapper json, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            zip.putNextEntry(new ZipEntry(MANIFEST));
            CSVPrinter manifest = new CSVPrinter(writer, FORMAT);
            manifest.printRecord("schema", "schemaVersion", "exportedAt");
            manifest.printRecord(export.schema(), export.schemaVersion(), export.exportedAt());
            manifest.flush();
            zip.closeEntry();
            for (Kind kind : Kind.ALL) {
                zip.putNextEntry(new ZipEntry(kind.name() + ".csv"));
                CSVPrinter csv = new CSVPrinter(writer, FORMAT);
                RecordComponent[] fields = kind.type().getRecordComponents();
                List<String> header = new ArrayList<>();
                for (RecordComponent field : fields) {
                    header.add(field.getName());
                }
                csv.printRecord(header);
                for (Record row : kind.rows().apply(export)) {
                    JsonNode node = json.valueToTree(row);
                    List<String> cells = new ArrayList<>();
                    for (RecordComponent field : fields) {
                        cells.add(cell(node.get(field.getName()), json));
                    }
                    csv.printRecord(cells);
                }
                csv.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The rows of the files {@code wanted} in a zip made by {@link #write}, as JSON nodes, handed to
     * {@code row} as the zip inflates (the manifest's row is under {@link #MANIFEST}); a cell that should
     * hold a list and does not is an {@code error} on its line. Every file counts against the zip limits,
     * wanted or not; one that is not a zip at all, or is damaged, is refused whole.
     */
    public static void read(InputStream in, JsonMapper json, Limits limits, RowCount rows, Predicate<String> wanted,
            Consumer<Row> row, Consumer<LineError> error) {
        try (ZipEntries zip = new ZipEntries(in, limits)) {
            for (ZipEntry entry = zip.next(); entry != null; entry = zip.next()) {
                String name = entry.getName();
                Class<? extends Record> type = MANIFEST.equals(name) ? Manifest.class : Kind.ALL.stream()
                        .filter(k -> name.equals(k.name() + ".csv")).map(Kind::type).findFirst().orElse(null);
                if (type != null && wanted.test(name)) {
                    rows(zip.content(), name, type, json, limits, rows, row, error);
                }
            }
        } catch (ZipException | CsvRows.UnreadableException e) {
            throw new ImportRefused(0, "This is not a Mitra CSV export (a zip of CSV files) or it is damaged.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rows(InputStream file, String name, Class<? extends Record> type, JsonMapper json,
            Limits limits, RowCount count, Consumer<Row> row, Consumer<LineError> error) {
        CsvRows csv = CsvRows.open(file, ',', limits, count);
        CsvRows.Row header = csv.header();
        List<String> columns = header == null ? List.of() : header.values();
        for (CsvRows.Row next = csv.next(); next != null; next = csv.next()) {
            if (next.isBlank()) {
                continue;
            }
            try {
                row.accept(new Row(name, next.line(), node(type, next.byColumn(columns), json)));
            } catch (JacksonException e) {
                error.accept(new LineError(next.line(), name + ": a list in this row is not valid JSON"));
            }
        }
    }

    /** The manifest's one row. */
    public record Manifest(String schema, Integer schemaVersion, String exportedAt) {
    }

    private static String cell(JsonNode value, JsonMapper json) {
        if (value == null || value.isNull()) {
            return "";
        }
        return value.isContainer() ? json.writeValueAsString(value) : value.asString();
    }

    /** A CSV row as the JSON node of its kind: lists are parsed from their cells, other values kept as text. */
    private static JsonNode node(Class<? extends Record> type, Map<String, String> cells, JsonMapper json) {
        ObjectNode node = json.createObjectNode();
        for (RecordComponent field : type.getRecordComponents()) {
            String cell = cells.get(field.getName());
            if (cell == null || cell.isEmpty()) {
                continue;
            }
            if (List.class.isAssignableFrom(field.getType())) {
                node.set(field.getName(), json.readTree(cell));
            } else {
                node.put(field.getName(), cell);
            }
        }
        return node;
    }
}
