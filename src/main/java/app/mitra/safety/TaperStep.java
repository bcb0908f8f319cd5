package app.mitra.safety;

import java.time.LocalDate;

/** One step of a taper schedule: the days it covers (both inclusive) and the daily target in mg of material. */
public record TaperStep(int number, LocalDate from, LocalDate to, int targetMg) {

    public boolean covers(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    public long days() {
        return java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
    }
}
