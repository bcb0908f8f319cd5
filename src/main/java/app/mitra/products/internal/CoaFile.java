package app.mitra.products.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import app.mitra.common.limits.JsonRecords;
import app.mitra.common.limits.Limits;
import app.mitra.common.limits.RowCount;
import app.mitra.common.web.InvalidInputException;
import app.mitra.products.BatchInput;
import app.mitra.products.Detection;
import app.mitra.products.FileRefusedException;
import app.mitra.products.LineProblem;
import app.mitra.products.internal.BatchRequest.CoaRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An uploaded file of certificate values for one product's batches: CSV with a header row of the
 * API's field names (one batch per line), or JSON (one batch as the API takes it, or a list of them),
 * read as a stream, at most {@value #MAX_ROWS} batches. Every line is checked before anything is
 * stored: one problem refuses the whole file, and each problem names its line.
 */
public final class CoaFile {

    static final List<String> COLUMNS = List.of("batchCode", "purchasedOn", "lab", "testedOn", "coaBatchCode",
            "mitragyninePercent", "sevenOhPercent", "totalAlkaloidsPercent", "leadUgPerG", "arsenicUgPerG",
            "cadmiumUgPerG", "mercuryUgPerG", "salmonella", "eColi", "totalAerobicCfuPerG", "yeastMoldCfuPerG");

    private static final int MAX_ROWS = 1000;

    private CoaFile() {
    }

    /** How far into a file its first character is looked for, to tell JSON from CSV. */
    private static final int LOOK_AHEAD = 64 * 1024;

    /** Reads the file as a stream: JSON when it starts with {@code [} or {@code {}, CSV otherwise. */
    public static List<BatchInput> parse(InputStream file, JsonMapper json, Limits limits) {
        BufferedInputStream in = new BufferedInputStream(file, LOOK_AHEAD);
        int first = firstCharacter(in);
        if (first < 0) {
            throw refuse(1, "file", "is empty");
        }
        List<Line> lines = first == '[' || first == '{' ? json(in, json, limits) : csv(in, limits);
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

    /** The first byte that is neither white space nor a byte order mark, within the look-ahead; -1 when none. */
    private static int firstCharacter(BufferedInputStream in) {
        try {
            in.mark(LOOK_AHEAD);
            for (int i = 0; i < LOOK_AHEAD; i++) {
                int b = in.read();
                if (b < 0 || !(Character.isWhitespace(b) || b == 0xEF || b == 0xBB || b == 0xBF)) {
                    in.reset();
                    return b;
                }
            }
            in.reset();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A batch read from a line of the file. */
    private record Line(int line, BatchInput input) {
    }

    private static List<Line> csv(InputStream body, Limits limits) {
        Csv.Table table = Csv.table(body, COLUMNS, List.of("batchCode"), MAX_ROWS, limits);
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

    private static List<Line> json(InputStream body, JsonMapper json, Limits limits) {
        List<Line> lines = new ArrayList<>();
        List<LineProblem> problems = new ArrayList<>();
        try (JsonRecords records = JsonRecords.open(body, json, limits, new RowCount(limits))) {
            boolean list = records.next() == JsonToken.START_ARRAY;
            if (list) {
                records.next();
            }
            for (int read = 0; records.current() == JsonToken.START_OBJECT; read++) {
                if (read == MAX_ROWS) {
                    throw refuse(1, "file", "has more than " + MAX_ROWS + " batches");
                }
                int line = records.line();
                JsonNode node = records.record();
                try {
                    BatchRequest request = json.treeToValue(node, BatchRequest.class);
                    checked(line, request, problems).ifPresent(lines::add);
                } catch (JacksonException wrong) {
                    problems.add(new LineProblem(line, path(wrong), "has the wrong type or format"));
                }
                records.next();
                if (!list) {
                    break;
                }
            }
            if (list ? records.current() != JsonToken.END_ARRAY : records.next() != null) {
                problems.add(new LineProblem(records.line(), "file", "expected one batch object or a list of them"));
            }
        } catch (JacksonException unreadable) {
            int line = unreadable.getLocation() == null ? 1 : unreadable.getLocation().getLineNr();
            problems.add(new LineProblem(line, "file", "is not valid JSON: " + unreadable.getOriginalMessage()));
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
