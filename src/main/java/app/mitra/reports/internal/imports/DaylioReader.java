package app.mitra.reports.internal.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.common.limits.Limits;
import app.mitra.common.limits.Upload;
import app.mitra.journal.JournalImport.Entry;
import app.mitra.journal.NoteInput;

/**
 * Daylio's CSV export: a mood (a label each person names and renames), activities and a note per
 * entry. Daylio's moods are not on Mitra's 0-10 scale and several labels may mean one level, and a
 * Mitra check-in needs a pain rating Daylio does not record, so each row becomes a journal note: the
 * mood label as the person wrote it, the activities as tags, the note's title and text. Nothing is
 * converted or guessed. {@code full_date} and the 12-hour {@code time} are read in the person's zone.
 */
@Component
class DaylioReader {

    private final Limits limits;

    DaylioReader(Limits limits) {
        this.limits = limits;
    }

    void read(Upload file, ImportPlan plan) {
        CsvFile.read(file, "Daylio", List.of("full_date", "time", "mood", "activities"), limits, plan.rows(),
                line -> row(plan, line));
    }

    private static void row(ImportPlan plan, CsvFile.Line line) {
        Optional<LocalDate> date = LocalTimes.isoDate(line.get("full_date"));
        Optional<LocalTime> time = line.has("time") ? LocalTimes.clock(line.get("time")) : Optional.of(LocalTime.NOON);
        if (date.isEmpty() || time.isEmpty()) {
            plan.error(line.number(), date.isEmpty() ? "full_date \"" + line.get("full_date")
                    + "\" is not a date like 2025-03-03" : "time \"" + line.get("time") + "\" is not a time like 10:00 pm");
            return;
        }
        Instant at = LocalTimes.at(date.get(), time.get(), plan.context().zone());
        List<String> activities = Arrays.stream(line.get("activities").split("\\|")).map(String::strip)
                .filter(activity -> !activity.isEmpty()).toList();
        String title = line.get("note_title");
        String text = line.get("note");
        String key = at.toEpochMilli() + "|" + line.get("mood") + "|" + line.get("activities") + "|" + title + "|"
                + text;
        plan.note(line.number(), () -> {
            UUID id = plan.id(key);
            return Entry.of(line.number(), id, new NoteInput(id, at, title, text, line.get("mood"), activities));
        });
    }
}
