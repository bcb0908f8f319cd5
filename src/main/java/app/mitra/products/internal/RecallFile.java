package app.mitra.products.internal;

import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import app.mitra.common.Ids;
import app.mitra.common.limits.Limits;
import app.mitra.products.FileRefusedException;
import app.mitra.products.LineProblem;
import app.mitra.products.Recall;

/**
 * A recall list as CSV with the header {@code vendor,product,batch,reason,source,date} (any order;
 * {@code batch} may be empty to recall every batch), read as a stream, at most {@value #MAX_ROWS} rows.
 * Checked whole: one problem refuses the file.
 */
public final class RecallFile {

    static final List<String> COLUMNS = List.of("vendor", "product", "batch", "reason", "source", "date");
    private static final int MAX_ROWS = 5000;

    private RecallFile() {
    }

    public static List<Recall> parse(InputStream file, Limits limits) {
        Csv.Table table = Csv.table(file, COLUMNS, COLUMNS, MAX_ROWS, limits);
        Map<String, Integer> at = table.columns();
        List<LineProblem> problems = new ArrayList<>();
        List<Recall> recalls = new ArrayList<>();
        for (Csv.Row row : table.rows()) {
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
