package app.mitra.reports.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import app.mitra.journal.CheckIn;
import app.mitra.journal.Dose;
import app.mitra.journal.Intake;
import app.mitra.journal.Note;
import app.mitra.products.Batch;
import app.mitra.products.Product;
import app.mitra.products.Recall;
import app.mitra.safety.HealthProfile;
import app.mitra.safety.StoredFinding;
import app.mitra.safety.Taper;

/**
 * What a person's data is, read once through the modules' facades for a range of days in their zone:
 * check-ins, doses and journal notes oldest first, their products by id, the batches they name (evaluated)
 * by id, the recalls that name those batches (by batch id), health profile, current findings, taper, and
 * the first dose ever logged (which may lie before the range). {@code from} and {@code to} are null for
 * the whole journal.
 */
public record Snapshot(UUID userId, String username, ZoneId zone, LocalDate from, LocalDate to,
        List<CheckIn> checkIns, List<Dose> doses, List<Note> notes, Map<UUID, Product> products,
        Map<UUID, Batch> batches, Map<UUID, Recall> recalls, HealthProfile profile,
        List<StoredFinding> findings, Optional<Taper> taper, Optional<Intake> firstDose) {

    public Snapshot {
        checkIns = List.copyOf(checkIns);
        doses = List.copyOf(doses);
        notes = List.copyOf(notes);
        products = Map.copyOf(products);
        batches = Map.copyOf(batches);
        recalls = Map.copyOf(recalls);
        findings = List.copyOf(findings);
    }

    public Optional<Product> product(Dose dose) {
        return dose.productId() == null ? Optional.empty() : Optional.ofNullable(products.get(dose.productId()));
    }

    public LocalDate day(java.time.Instant at) {
        return at.atZone(zone).toLocalDate();
    }
}
