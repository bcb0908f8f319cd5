package app.mitra.reports.internal.imports;

import java.util.IdentityHashMap;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A JSON file read into a tree that remembers the line each object starts on, so a problem with
 * one record names its line. Unreadable JSON (cut short, not JSON at all) is refused with the line
 * where reading stopped.
 */
public final class LocatedJson {

    private final JsonNode root;
    private final Map<JsonNode, Integer> lines;

    private LocatedJson(JsonNode root, Map<JsonNode, Integer> lines) {
        this.root = root;
        this.lines = lines;
    }

    public static LocatedJson read(byte[] file, JsonMapper json, String notJson) {
        Map<JsonNode, Integer> lines = new IdentityHashMap<>();
        try (JsonParser parser = json.createParser(file)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ImportRefused(1, notJson);
            }
            JsonNode root = value(parser, first, JsonNodeFactory.instance, lines);
            if (parser.nextToken() != null) {
                throw new ImportRefused(line(parser), "Unexpected content after the end of the JSON document.");
            }
            return new LocatedJson(root, lines);
        } catch (JacksonException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new ImportRefused(Math.max(line, 0), notJson + " (" + reason(e) + ")");
        }
    }

    public JsonNode root() {
        return root;
    }

    /** The line the object starts on; the file's first line for anything not read from it. */
    public int line(JsonNode node) {
        return lines.getOrDefault(node, 1);
    }

    private static JsonNode value(JsonParser parser, JsonToken token, JsonNodeFactory nodes,
            Map<JsonNode, Integer> lines) {
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                lines.put(object, line(parser));
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken(), nodes, lines));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    array.add(value(parser, t, nodes, lines));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(parser.getString());
            }
            case VALUE_NUMBER_INT -> {
                return parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                        ? nodes.numberNode(parser.getDecimalValue()) : nodes.numberNode(parser.getLongValue());
            }
            case VALUE_NUMBER_FLOAT -> {
                return nodes.numberNode(parser.getDoubleValue());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return nodes.booleanNode(token == JsonToken.VALUE_TRUE);
            }
            default -> {
                return nodes.nullNode();
            }
        }
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    private static String reason(JacksonException e) {
        String message = e.getOriginalMessage();
        return message == null ? "unreadable" : message.lines().findFirst().orElse("unreadable");
    }
}
