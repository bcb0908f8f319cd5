package app.mitra.products.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.mitra.common.Ids;
import app.mitra.products.FileRefusedException;
import app.mitra.products.LineProblem;
import app.mitra.products.Recall;

/**
 * A recall list as CSV with the header {@code vendor,product,batch,reason,source,date} (any order;
 * {@code batch} may be empty to recall every batch). Checked whole: one problem refuses the file.
 */
public final class RecallFile {

    static final List<String> COLUMNS = List.of("vendor", "product", "batch", "reason", "source", "date");
    private static final int MAX_ROWS = 5000;

    private RecallFile() {
    }

    public static List<Recall> parse(String text) {
        List<Csv.Row> rows;
        try {
            rows = Csv.read(text == null ? "" : text.strip());
        } catch (Csv.UnreadableException e) {
            throw new FileRefusedException(List.of(new LineProblem(e.line, "file", e.getMessage())));
        }
        if (rows.isEmpty()) {
            throw new FileRefusedException(List.of(new LineProblem(1, "file", "is empty")));
        }
        List<LineProblem> problems = new ArrayList<>();
        Map<String, Integer> at = new HashMap<>();
        Csv.Row header = rows.get(0);
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i).strip().toLowerCase(Locale.ROOT);
            if (!COLUMNS.contains(name) || at.putIfAbsent(name, i) != null) {
                problems.add(new LineProblem(header.line(), name, "the header must name each of " + COLUMNS + " once"));
            }
        }
        COLUMNS.stream().filter(column -> !at.containsKey(column))
                .forEach(column -> problems.add(new LineProblem(header.line(), column, "the header needs this column")));
        if (rows.size() - 1 > MAX_ROWS) {
            problems.add(new LineProblem(header.line(), "file", "has more than " + MAX_ROWS + " rows"));
        }
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        List<Recall> recalls = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            Map<String, String> cell = new HashMap<>();
            at.forEach((column, i) -> {
                String value = i < row.fields().size() ? row.fields().get(i).strip() : "";
                cell.put(column, value.isEmpty() ? null : value);
            });
            int before = problems.size();
            for (String required : List.of("vendor", "product", "reason", "source", "date")) {
                if (cell.get(required) == null) {
                    problems.add(new LineProblem(row.line(), required, "is required"));
                }
            }
            cell.forEach((column, value) -> {
                if (value != null && value.length() > 500) {
                    problems.add(new LineProblem(row.line(), column, "must be at most 500 characters"));
                }
            });
            LocalDate date = null;
            try {
                date = cell.get("date") == null ? null : LocalDate.parse(cell.get("date"));
            } catch (DateTimeException e) {
                problems.add(new LineProblem(row.line(), "date", "is not a date like 2026-03-01"));
            }
            if (problems.size() == before) {
                recalls.add(new Recall(Ids.newId(), cell.get("vendor"), cell.get("product"), cell.get("batch"),
                        cell.get("reason"), cell.get("source"), date));
            }
        }
        if (!problems.isEmpty()) {
            throw new FileRefusedException(problems);
        }
        return recalls;
    }
}
