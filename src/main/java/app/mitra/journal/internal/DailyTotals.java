package app.mitra.journal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import app.mitra.journal.CheckInFigures;
import app.mitra.journal.DoseFigures;
import app.mitra.journal.Journal;
import app.mitra.journal.Substance;
import app.mitra.journal.SubstanceKind;
import app.mitra.journal.SubstanceUnit;
import app.mitra.journal.Substances;

/**
 * The totals of whole days, whatever part of a day a page of History shows: one range read per kind of
 * entry over the days, in their compact figures.
 */
@Component
class DailyTotals {

    private final Journal journal;
    private final Substances substances;

    DailyTotals(Journal journal, Substances substances) {
        this.journal = journal;
        this.substances = substances;
    }

    /** Each day from {@code first} to {@code last} that had a dose, a drink or a pain rating, in the person's zone. */
    Map<LocalDate, DayTotals> of(UUID userId, LocalDate first, LocalDate last, ZoneId zone) {
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = last.plusDays(1).atStartOfDay(zone).toInstant();
        Map<LocalDate, DayTotals> days = new HashMap<>();
        for (DoseFigures dose : journal.doseFigures(userId, from, to)) {
            add(days, dose.takenAt(), zone, day -> day.withDose(dose.materialMg(), dose.mitragynineMg()));
        }
        for (Substance drink : substances.between(userId, from, to)) {
            if (drink.kind() == SubstanceKind.ALCOHOL && drink.unit() == SubstanceUnit.DRINKS && drink.amount() != null) {
                add(days, drink.takenAt().toEpochMilli(), zone, day -> day.withDrinks(drink.amount()));
            }
        }
        for (CheckInFigures checkIn : journal.checkInFigures(userId, from, to)) {
            if (checkIn.momentary()) {
                add(days, checkIn.takenAt(), zone, day -> day.withPain(checkIn.pain()));
            }
        }
        return days;
    }

    private static void add(Map<LocalDate, DayTotals> days, long epochMillis, ZoneId zone,
            UnaryOperator<DayTotals> change) {
        days.compute(Instant.ofEpochMilli(epochMillis).atZone(zone).toLocalDate(),
                (date, totals) -> change.apply(totals == null ? DayTotals.NONE : totals));
    }
}
