package app.mitra.reports.internal.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import app.mitra.common.limits.Limits;
import app.mitra.common.limits.Upload;
import app.mitra.journal.DoseInput;
import app.mitra.journal.JournalImport.Entry;
import app.mitra.journal.NoteInput;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.SubstanceKind;
import app.mitra.journal.SubstanceUnit;
import app.mitra.journal.Unit;
import app.mitra.products.Form;

/**
 * Bearable's CSV export: one row per logged item with a category. Both layouts are read by column
 * name (the 2024 one adds an ISO {@code date formatted} column, preferred when present).
 * {@code Meds/Supplements} rows become doses (kratom) or substance entries (everything else).
 * Bearable's own scales (symptoms 1-4, mood 1-10, energy 1-5, sleep as a duration) have no faithful
 * counterpart in Mitra's 0-10 check-in, whose pain rating is required: every other row becomes a journal
 * note that keeps the category, the rating or amount and the detail exactly as Bearable wrote them,
 * never converted. A Mood row's feelings are the note's mood words; a Factors row's items its tags.
 * A time-of-day slot ({@code am}) is read as the slot's first hour and said so in the note.
 */
@Component
class BearableReader {

    private static final Pattern NAME_AND_UNIT = Pattern.compile("^(.*)\\(([^()]*)\\)\\s*$");
    private static final Map<String, LocalTime> SLOTS = Map.of("pre", LocalTime.of(0, 0), "am", LocalTime.of(6, 0),
            "mid", LocalTime.of(12, 0), "pm", LocalTime.of(18, 0), "all day", LocalTime.NOON, "", LocalTime.NOON);

    private final Limits limits;

    BearableReader(Limits limits) {
        this.limits = limits;
    }

    void read(Upload file, ImportPlan plan) {
        CsvFile.read(file, "Bearable", List.of("date", "category", "rating/amount", "detail"), limits, plan.rows(),
                line -> row(plan, line));
    }

    private static void row(ImportPlan plan, CsvFile.Line line) {
        Optional<LocalDate> date = line.has("date formatted") ? LocalTimes.isoDate(line.get("date formatted"))
                : LocalTimes.ordinalDate(line.get("date"));
        if (date.isEmpty()) {
            plan.error(line.number(), "date \"" + line.get("date") + "\" is not a date like 22nd Sep 2020");
            return;
        }
        String slot = line.get("time of day").toLowerCase(Locale.ROOT);
        Optional<LocalTime> clock = LocalTimes.clock(slot);
        LocalTime time = clock.orElse(SLOTS.get(slot));
        if (time == null) {
            plan.error(line.number(), "time of day \"" + slot + "\" is neither a time nor pre, am, mid, pm or all day");
            return;
        }
        Instant takenAt = LocalTimes.at(date.get(), time, plan.context().zone());
        String when = clock.isPresent() ? null : "Bearable time of day: " + (slot.isEmpty() ? "not given" : slot);
        if (line.get("category").equalsIgnoreCase("Meds/Supplements")) {
            meds(plan, line, takenAt, when);
        } else {
            note(plan, line, takenAt, when);
        }
    }

    private static void meds(ImportPlan plan, CsvFile.Line line, Instant takenAt, String when) {
        String detail = line.get("detail");
        Matcher m = NAME_AND_UNIT.matcher(detail);
        String name = m.matches() ? m.group(1).strip() : detail;
        String unitText = m.matches() ? m.group(2).strip() : "";
        String amountText = line.get("rating/amount");
        Double amount = amountText.isEmpty() ? null : number(amountText);
        if (!amountText.isEmpty() && amount == null) {
            plan.error(line.number(), "rating/amount \"" + amountText + "\" is not a number");
            return;
        }
        String note = Names.note(line.get("notes"), when);
        String key = takenAt.toEpochMilli() + "|" + detail + "|" + amountText;
        if (name.isEmpty()) {
            plan.skip(line.number(), "a medication with no name");
        } else if (Names.isKratom(name)) {
            Unit unit = Names.doseUnit(unitText);
            if (amount == null || amount <= 0) {
                plan.skip(line.number(), "a kratom dose with no amount");
            } else if (unit == null) {
                plan.skip(line.number(), "a kratom dose in \"" + unitText + "\", which has no weight in grams");
            } else {
                double inUnit = amount * Names.doseFactor(unitText);
                plan.dose(line.number(), () -> {
                    java.util.UUID id = plan.id(key);
                    return Entry.of(line.number(), id, new DoseInput(id, takenAt, Form.POWDER, inUnit, unit, null, null,
                            null, note));
                });
            }
        } else {
            boolean alcohol = Names.isAlcohol(name);
            SubstanceUnit unit = alcohol ? null : Names.substanceUnit(unitText);
            boolean measured = amount != null && amount > 0 && unit != null;
            String unmapped = measured || amount == null ? null : "amount: " + amountText + " " + unitText;
            plan.substance(line.number(), () -> {
                java.util.UUID id = plan.id(key);
                return Entry.of(line.number(), id, new SubstanceInput(id, takenAt,
                        alcohol ? SubstanceKind.ALCOHOL : SubstanceKind.MEDICINE, Names.clip(name),
                        measured ? amount * Names.doseFactor(unitText) : null, measured ? unit : null,
                        Names.note(unmapped, note)));
            });
        }
    }

    /**
     * A row of Bearable's own scales or lists as a note, its words and figures verbatim: the category
     * as the title, "rating/amount: 6" and the detail as the text. A row with nothing in it is skipped.
     */
    private static void note(ImportPlan plan, CsvFile.Line line, Instant takenAt, String when) {
        String category = line.get("category");
        String rating = line.get("rating/amount");
        String detail = line.get("detail");
        String notes = line.get("notes");
        if (rating.isEmpty() && detail.isEmpty() && Names.note(notes).isEmpty()) {
            plan.skip(line.number(), "an empty Bearable " + (category.isEmpty() ? "uncategorised" : category) + " row");
            return;
        }
        // Feelings too long for a mood word stay in the text, whole.
        boolean mood = category.equalsIgnoreCase("Mood") && !detail.isEmpty() && detail.length() <= 80;
        boolean listed = category.toLowerCase(Locale.ROOT).endsWith("factors");
        List<String> items = Arrays.stream(detail.split("\\|")).map(String::strip).filter(item -> !item.isEmpty())
                .toList();
        String text = Names.note(rating.isEmpty() ? null : "rating/amount: " + rating,
                mood || listed ? null : detail, notes, when);
        String key = takenAt.toEpochMilli() + "|" + category + "|" + rating + "|" + detail;
        plan.note(line.number(), () -> {
            java.util.UUID id = plan.id(key);
            return Entry.of(line.number(), id, new NoteInput(id, takenAt,
                    Names.clip("Bearable " + (category.isEmpty() ? "entry" : category)), text, mood ? detail : null,
                    listed ? items : List.of()));
        });
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
