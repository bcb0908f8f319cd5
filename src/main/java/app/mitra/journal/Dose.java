package app.mitra.journal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import app.mitra.products.Form;

/**
 * A stored dose with its normalised figures: {@code materialMg} (the mass taken), {@code leafEquivalentMg}
 * (extracts: ratio × mass), {@code mitragynineMg} and {@code sevenOhMg} (null when no label or
 * certificate gives the potency: never guessed), {@code approximate} for teaspoons, tea and extracts, and the
 * safety findings the dose raised when it was logged.
 */
public record Dose(UUID id, Instant takenAt, String timeZone, Form form, double amount, Unit unit, Method method,
        UUID productId, UUID batchId, String note, long materialMg, Long leafEquivalentMg, Double mitragynineMg,
        Double sevenOhMg, boolean approximate, List<DoseFinding> findings, Instant createdAt, Instant updatedAt) {

    public Dose {
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public Dose withFindings(List<DoseFinding> found) {
        return new Dose(id, takenAt, timeZone, form, amount, unit, method, productId, batchId, note, materialMg,
                leafEquivalentMg, mitragynineMg, sevenOhMg, approximate, found, createdAt, updatedAt);
    }
}
