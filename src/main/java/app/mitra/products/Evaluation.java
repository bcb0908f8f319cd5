package app.mitra.products;

import java.util.List;

/** A batch's evaluation: its standing and every finding behind it, worst first. */
public record Evaluation(QualityStatus status, List<QualityFinding> findings) {

    public Evaluation {
        findings = List.copyOf(findings);
    }
}
