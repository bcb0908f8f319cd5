package app.mitra.journal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * What the checks on a dose may ask of one person's journal. Every answer leaves out the dose
 * being checked.
 */
public interface DoseHistory {

    /** The person's time zone: days are counted in it. */
    ZoneId zone();

    /** Whether any other dose was ever logged. */
    boolean anyOtherDose();

    /** The other doses taken in [from, to), oldest first. */
    List<Intake> intakes(Instant from, Instant to);

    /** The other substances taken in [from, to], oldest first. */
    List<Substance> substances(Instant from, Instant to);
}
