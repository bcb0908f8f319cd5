package app.mitra.reports.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import app.mitra.common.limits.JsonRecords;
import app.mitra.common.limits.Limits;
import app.mitra.common.limits.RowCount;
import app.mitra.common.limits.Upload;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An imported JSON file walked as a stream: its top-level properties one by one, and each record of a
 * list as a small tree with the line it starts on. Unreadable JSON (cut short, not JSON at all) is
 * refused with the line where reading stopped.
 */
final class JsonFile {

    /** One record of a list (or a property holding one object), and the line it starts on. */
    record Row(int line, JsonNode node) {
    }

    private JsonFile() {
    }

    /** Reads the file from its first token; {@code root} reads the whole top-level value. */
    static void read(Upload file, JsonMapper json, Limits limits, RowCount rows, String notThis,
            Consumer<JsonRecords> root) {
        try (InputStream in = file.open(); JsonRecords records = JsonRecords.open(in, json, limits, rows)) {
            if (records.next() == null) {
                throw new ImportRefused(1, notThis);
            }
            root.accept(records);
            if (records.next() != null) {
                throw new ImportRefused(records.line(), "Unexpected content after the end of the JSON document.");
            }
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportRefused(Math.max(line, 0), notThis + " (" + reason(e) + ")");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The properties of the object the records stand on, each value handed to {@code property}; a
     * list or object it leaves unread is skipped without being kept.
     */
    static void properties(JsonRecords records, BiConsumer<String, JsonRecords> property) {
        for (JsonToken token = records.next(); token != JsonToken.END_OBJECT && token != null; token = records.next()) {
            String name = records.name();
            records.next();
            property.accept(name, records);
            if (records.current() == JsonToken.START_OBJECT || records.current() == JsonToken.START_ARRAY) {
                records.skip();
            }
        }
    }

    /** The rows of a value: each item of a list, or an object as one row; anything else holds none. */
    static void rows(JsonRecords records, Consumer<Row> row) {
        if (records.current() == JsonToken.START_ARRAY) {
            for (JsonToken token = records.next(); token != JsonToken.END_ARRAY && token != null; token = records.next()) {
                int line = records.line();
                row.accept(new Row(line, records.record()));
            }
        } else if (records.current() == JsonToken.START_OBJECT) {
            int line = records.line();
            row.accept(new Row(line, records.record()));
        }
    }

    /** A scalar value as text (null for null, and for a list or object, which is skipped). */
    static String scalar(JsonRecords records) {
        if (records.current() == JsonToken.START_OBJECT || records.current() == JsonToken.START_ARRAY) {
            records.skip();
            return null;
        }
        return records.text();
    }

    private static String reason(JacksonException e) {
        String message = e.getOriginalMessage();
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
