package app.mitra.products.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import app.mitra.common.web.InvalidInputException;
import app.mitra.products.BatchInput;
import app.mitra.products.Detection;
import app.mitra.products.FileRefusedException;
import app.mitra.products.LineProblem;
import app.mitra.products.internal.BatchRequest.CoaRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An uploaded file of certificate values for one product's batches: CSV with a header row of the
 * API's field names (one batch per line), or JSON (one batch as the API takes it, or a list of them).
 * Every line is checked before anything is stored: one problem refuses the whole file, and each
 * problem names its line.
 */
public final class CoaFile {

    static final List<String> COLUMNS = List.of("batchCode", "purchasedOn", "lab", "testedOn", "coaBatchCode",
            "mitragyninePercent", "sevenOhPercent", "totalAlkaloidsPercent", "leadUgPerG", "arsenicUgPerG",
            "cadmiumUgPerG", "mercuryUgPerG", "salmonella", "eColi", "totalAerobicCfuPerG", "yeastMoldCfuPerG");

    private static final int MAX_ROWS = 1000;

    private CoaFile() {
    }

    /** A batch read from a line of the file. */

    public static List<BatchInput> parse(String text, JsonMapper json) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw refuse(1, "file", "is empty");
        }
        List<Line> lines = body.startsWith("[") || body.startsWith("{") ? json(body, json) : csv(body);
        Set<String> codes = new HashSet<>();
        List<LineProblem> problems = new ArrayList<>();
        for (Line line : lines) {
            if (!codes.add(line.input().batchCode().toLowerCase(Locale.ROOT))) {
                problems.add(new LineProblem(line.line(), "batchCode", "appears on an earlier line too"));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return lines.stream().map(Line::input).toList();
    }

    /** A batch read from a line of the file. */
    private record Line(int line, BatchInput input) {
    }

    private static List<Line> csv(String body) {
        Csv.Table table = Csv.table(body, COLUMNS, List.of("batchCode"), MAX_ROWS);
        Map<String, Integer> at = table.columns();
        List<LineProblem> problems = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
            Cells cells = new Cells(row, at, problems);
            if (row.fields().size() > at.size()) {
                problems.add(new LineProblem(row.line(), "file", "has more values than the header has columns"));
                continue;
            }
            CoaRequest coa = new CoaRequest(cells.text("lab"), cells.date("testedOn"), cells.text("coaBatchCode"),
                    cells.number("mitragyninePercent"), cells.number("sevenOhPercent"),
                    cells.number("totalAlkaloidsPercent"), cells.number("leadUgPerG"), cells.number("arsenicUgPerG"),
                    cells.number("cadmiumUgPerG"), cells.number("mercuryUgPerG"), cells.detection("salmonella"),
                    cells.detection("eColi"), cells.number("totalAerobicCfuPerG"), cells.number("yeastMoldCfuPerG"));
            BatchRequest request = new BatchRequest(null, cells.text("batchCode"), cells.date("purchasedOn"),
                    cells.anyCoa ? coa : null);
            if (cells.readable) {
                checked(row.line(), request, problems).ifPresent(lines::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return lines;
    }

    private static List<Line> json(String body, JsonMapper json) {
        List<Line> lines = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        try (JsonParser parser = json.createParser(body)) {
            boolean list = parser.nextToken() == JsonToken.START_ARRAY;
            if (list) {
                parser.nextToken();
            }
            while (parser.currentToken() == JsonToken.START_OBJECT) {
                int line = parser.currentTokenLocation().getLineNr();
                // One object of several: the tokens after it are the rest of the list, not trailing garbage.
                JsonNode node = json.readerFor(JsonNode.class)
                        .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(parser);
                try {
                    BatchRequest request = json.treeToValue(node, BatchRequest.class);
                    checked(line, request, problems).ifPresent(lines::add);
                } catch (JacksonException wrong) {
                    problems.add(new LineProblem(line, path(wrong), "has the wrong type or format"));
                }
                parser.nextToken();
                if (!list) {
                    break;
                }
            }
            if (list ? parser.currentToken() != JsonToken.END_ARRAY : parser.nextToken() != null) {
                problems.add(new LineProblem(parser.currentTokenLocation().getLineNr(), "file",
                        "expected one batch object or a list of them"));
            }
        } catch (JacksonException unreadable) {
            int line = unreadable.getLocation() == null ? 1 : unreadable.getLocation().getLineNr();
            problems.add(new LineProblem(line, "file", "is not valid JSON: " + unreadable.getOriginalMessage()));
        }
        if (lines.size() > MAX_ROWS) {
            problems.add(new LineProblem(1, "file", "has more than " + MAX_ROWS + " batches"));
        }
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return lines;
    }

    private static java.util.Optional<Line> checked(int line, BatchRequest request, List<LineProblem> problems) {
        try {
            return java.util.Optional.of(new Line(line, request.input(null)));
        } catch (InvalidInputException refused) {
            refused.problems().forEach(p -> problems.add(new LineProblem(line, p.field(), p.message())));
            return java.util.Optional.empty();
        }
    }

    private static String path(JacksonException e) {
        return e.getPath().stream().map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> a + "." + b).orElse("file");
    }

    private static FileRefusedException refuse(int line, String field, String message) {
        return new FileRefusedException(List.of(new LineProblem(line, field, message)));
    }

    /** One CSV row's cells by column name, noting every cell that cannot be read. */
    private static final class Cells {

        private final Csv.Row row;
        private final Map<String, Integer> at;
        private final List<LineProblem> problems;
        boolean readable = true;
        boolean anyCoa;

        Cells(Csv.Row row, Map<String, Integer> at, List<LineProblem> problems) {
            this.row = row;
            this.at = at;
            this.problems = problems;
        }

        String text(String column) {
            Integer i = at.get(column);
            String value = i == null || i >= row.fields().size() ? null : row.fields().get(i).strip();
            if (value == null || value.isEmpty()) {
                return null;
            }
            if (!column.equals("batchCode") && !column.equals("purchasedOn")) {
                anyCoa = true;
            }
            return value;
        }

        Double number(String column) {
            return read(column, Double::valueOf, "is not a number (use a point for decimals, like 0.5)");
        }

        LocalDate date(String column) {
            return read(column, LocalDate::parse, "is not a date like 2026-03-01");
        }

        Detection detection(String column) {
            return read(column, value -> Detection.valueOf(value.toUpperCase(Locale.ROOT).replace(' ', '_')),
                    "must be DETECTED or NOT_DETECTED");
        }

        private <T> T read(String column, Function<String, T> parse, String problem) {
            String value = text(column);
            if (value == null) {
                return null;
            }
            try {
                return parse.apply(value);
            } catch (IllegalArgumentException | DateTimeException e) {
                problems.add(new LineProblem(row.line(), column, problem));
                readable = false;
                return null;
            }
        }
    }
}
