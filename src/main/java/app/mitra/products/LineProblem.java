package app.mitra.products;

/** What is wrong on one line of an uploaded file (line 1 is the first line, the CSV header). */
public record LineProblem(int line, String field, String message) {
}
