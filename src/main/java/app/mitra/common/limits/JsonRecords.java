package app.mitra.common.limits;

import java.io.InputStream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON file read token by token from a stream, each record (an object in one of its lists) made
 * into a small tree of its own with the line it starts on; the file is never one tree. A record
 * larger than a request body may be ({@link Limits#jsonBytes()}), rows past {@link Limits#rows()},
 * nesting deeper than {@link Limits#jsonDepth()} and texts longer than {@link Limits#jsonStringChars()}
 * refuse the file as they are met. Other unreadable JSON is the caller's {@link JacksonException}.
 */
public final class JsonRecords implements AutoCloseable {

    /** How far Jackson reads ahead of the token it hands out (its input buffer). */
    private static final int READ_AHEAD = 8000;

    private final MeteredInputStream input;
    private final JsonParser parser;
    private final ObjectReader trees;
    private final Limits limits;
    private final RowCount rows;

    private JsonRecords(MeteredInputStream input, JsonMapper json, Limits limits, RowCount rows) {
        this.input = input;
        this.trees = json.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.parser = json.createParser(input);
        this.limits = limits;
        this.rows = rows;
    }

    /** Reads from {@code in} (closed with this) through {@code json}, whose stream constraints hold the depth and text limits. */
    public static JsonRecords open(InputStream in, JsonMapper json, Limits limits, RowCount rows) {
        return new JsonRecords(new MeteredInputStream(in), json, limits, rows);
    }

    /** The next token, or null at the end of the file. */
    public JsonToken next() {
        try {
            return parser.nextToken();
        } catch (StreamConstraintsException e) {
            throw overLimit(limits, e);
        }
    }

    public JsonToken current() {
        return parser.currentToken();
    }

    /** The name of the property whose value is next, after a {@code PROPERTY_NAME} token. */
    public String name() {
        return parser.currentName();
    }

    /** The line the current token starts on. */
    public int line() {
        return parser.currentTokenLocation().getLineNr();
    }

    /** The current scalar value as text (null for JSON null), for a file's few top-level values. */
    public String text() {
        try {
            return parser.currentToken() == JsonToken.VALUE_NULL ? null : parser.getValueAsString();
        } catch (StreamConstraintsException e) {
            throw overLimit(limits, e);
        }
    }

    /** Moves past the current value (a list or object with everything in it) without keeping any of it. */
    public void skip() {
        try {
            parser.skipChildren();
        } catch (StreamConstraintsException e) {
            throw overLimit(limits, e);
        }
    }

    /** The current value (usually an object) as one row: a tree of its own, within the record limit. */
    public JsonNode record() {
        rows.next();
        long start = parser.currentTokenLocation().getByteOffset();
        input.ceiling(limits.jsonBytes().toBytes() + READ_AHEAD, () -> LimitExceededException.record(limits, line()));
        try {
            JsonNode node = trees.readValue(parser);
            if (parser.currentLocation().getByteOffset() - start > limits.jsonBytes().toBytes()) {
                throw LimitExceededException.record(limits, parser.currentLocation().getLineNr());
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw overLimit(limits, e);
        } finally {
            input.noCeiling();
        }
    }

    @Override
    public void close() {
        parser.close();
    }

    private static RuntimeException overLimit(Limits limits, StreamConstraintsException e) {
        return LimitExceededException.of(limits, e).<RuntimeException>map(over -> over).orElse(e);
    }
}
