package app.mitra.products;

import java.util.List;

/**
 * One finding of a batch's evaluation: which rule, how it weighs, a plain title and explanation
 * (never dose advice), the element it concerns if any, and where the limit comes from: its
 * evidence level ({@code strong}, {@code moderate}, {@code weak}), as-of date and sources.
 */
public record QualityFinding(String ruleId, QualityStatus status, String title, String explanation, Element element,
        String evidence, String asOf, List<Citation> sources) {

    public QualityFinding {
        sources = List.copyOf(sources);
    }
}
