package app.mitra.common.web;

/** One field of a request and what is wrong with it, in plain words. */
public record FieldProblem(String field, String message) {
}
