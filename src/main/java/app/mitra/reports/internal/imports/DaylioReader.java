package app.mitra.reports.internal.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Daylio's CSV export: a mood (a label each person names and renames), activities and a note per
 * entry. Daylio's moods are not on Mitra's 0-10 scale and several labels may mean one level, and
 * Mitra's check-in needs a pain rating Daylio does not record: nothing is converted or guessed. Every
 * row is read and checked (dates, times), then reported as skipped with its reason, so the person
 * sees what the file held and why it did not become journal entries.
 */
@Component
class DaylioReader {

    ImportPlan read(byte[] file, ImportContext context) {
        List<CsvFile.Line> lines = CsvFile.read(file, "Daylio", List.of("full_date", "time", "mood", "activities"), ',');
        ImportPlan plan = new ImportPlan(context, ImportFormat.DAYLIO_CSV);
        for (CsvFile.Line line : lines) {
            Optional<LocalDate> date = LocalTimes.isoDate(line.get("full_date"));
            Optional<LocalTime> time = line.has("time") ? LocalTimes.clock(line.get("time")) : Optional.of(LocalTime.NOON);
            if (date.isEmpty() || time.isEmpty()) {
                plan.error(line.number(), date.isEmpty() ? "full_date \"" + line.get("full_date")
                        + "\" is not a date like 2025-03-03" : "time \"" + line.get("time") + "\" is not a time like 10:00 pm");
                continue;
            }
            Instant at = LocalTimes.at(date.get(), time.get(), context.zone());
            plan.skip(line.number(), "Daylio mood \"" + line.get("mood") + "\" on " + at
                    + ": Daylio's moods have no pain rating and are not on Mitra's scale, so they are not converted");
        }
        return plan;
    }
}
