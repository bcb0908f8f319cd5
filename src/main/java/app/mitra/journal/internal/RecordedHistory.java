package app.mitra.journal.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import app.mitra.journal.DoseHistory;
import app.mitra.journal.Intake;
import app.mitra.journal.Substance;

/**
 * One person's journal as the checks on one dose see it: everything but that dose. The checks ask
 * for overlapping windows (the day, two weeks, a year); the widest window read so far is kept, so a
 * narrower one is answered from memory rather than read again. Lives for one check only.
 */
public final class RecordedHistory implements DoseHistory {

    private final UUID userId;
    private final UUID doseId;
    private final ZoneId zone;
    private final DoseRepository doses;
    private final SubstanceRepository substances;
    private long readFrom = Long.MAX_VALUE;
    private long readTo = Long.MIN_VALUE;
    private List<Intake> read = List.of();

    public RecordedHistory(UUID userId, UUID doseId, ZoneId zone, DoseRepository doses,
            SubstanceRepository substances) {
        this.userId = userId;
        this.doseId = doseId;
        this.zone = zone;
        this.doses = doses;
        this.substances = substances;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public boolean anyOtherDose() {
        return doses.anyOtherThan(userId, doseId);
    }

    @Override
    public List<Intake> intakes(Instant from, Instant to) {
        long start = from.toEpochMilli();
        long end = to.toEpochMilli();
        if (start < readFrom || end > readTo) {
            readFrom = Math.min(start, readFrom);
            readTo = Math.max(end, readTo);
            read = doses.intakesBetween(userId, readFrom, readTo, doseId);
        }
        return read.subList(firstAtOrAfter(start), firstAtOrAfter(end));
    }

    @Override
    public List<Substance> substances(Instant from, Instant to) {
        return substances.between(userId, from.toEpochMilli(), to.toEpochMilli());
    }

    /** The index of the first intake at or after {@code time} in the time-ordered list read. */
    private int firstAtOrAfter(long time) {
        int low = 0;
        int high = read.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (read.get(mid).takenAt().toEpochMilli() < time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
