package app.mitra.journal.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import app.mitra.common.web.Cursor;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.Page;
import app.mitra.journal.CheckIn;
import app.mitra.journal.Deleted;
import app.mitra.journal.Dose;
import app.mitra.journal.Journal;
import app.mitra.journal.Note;
import app.mitra.journal.RecentlyDeleted;
import app.mitra.journal.Substance;
import app.mitra.journal.Substances;
import app.mitra.journal.WithdrawalCheckIn;
import app.mitra.products.Product;
import app.mitra.products.Products;

/**
 * Doses, pain check-ins, withdrawal check-ins, other substances and notes as one list, newest first, for the
 * Today and History pages. Every kind is paged with the same (time, id) cursor, so merging one page of
 * each gives the next page of all. The check-ins filter shows both kinds of check-in.
 */
@Component
class Timeline {

    enum Kind { ALL, DOSES, CHECKINS }

    /** One line of the timeline: a dose, a pain or a withdrawal check-in, with its time in the person's zone. */
    record Entry(UUID id, Instant takenAt, LocalDate day, LocalTime time, Dose dose, String amount, String product,
            CheckIn checkIn, WithdrawalCheckIn withdrawal, Substance substance, Note note) {

        public boolean hasDose() {
            return dose != null;
        }

        public boolean hasWithdrawal() {
            return withdrawal != null;
        }

        public boolean hasSubstance() {
            return substance != null;
        }

        public boolean hasNote() {
            return note != null;
        }

        public String kind() {
            return hasDose() ? "dose" : hasWithdrawal() ? "withdrawal" : hasSubstance() ? "substance"
                    : hasNote() ? "note" : "checkin";
        }

        public String path() {
            return (hasDose() ? "/doses/" : hasWithdrawal() ? "/withdrawal/" : hasSubstance() ? "/substances/"
                    : hasNote() ? "/notes/" : "/checkins/") + id;
        }
    }

    /** An entry deleted within the day, with when it was deleted and until when it can be restored. */
    record DeletedEntry(Entry entry, ZonedDateTime deletedAt, ZonedDateTime keptUntil) {
    }

    record Day(LocalDate date, List<Entry> entries, DayTotals totals) {
    }

    record History(List<Day> days, String nextCursor) {
    }

    private final Journal journal;
    private final Substances substances;
    private final Products products;
    private final DailyTotals dailyTotals;

    Timeline(Journal journal, Substances substances, Products products, DailyTotals dailyTotals) {
        this.journal = journal;
        this.substances = substances;
        this.products = products;
        this.dailyTotals = dailyTotals;
    }

    List<Entry> day(UUID userId, LocalDate date, ZoneId zone) {
        long from = date.atStartOfDay(zone).toInstant().toEpochMilli();
        long to = date.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        ListQuery query = new ListQuery(from, to, ListQuery.MAX_LIMIT, null);
        return merge(userId, zone, journal.doses(userId, query).items(), journal.checkIns(userId, query).items(),
                journal.withdrawals(userId, query).items(), substances.list(userId, query).items(),
                journal.notes(userId, query).items());
    }

    /** A page of entries, newest first, from {@code upTo} (a day, inclusive) back, or from the newest. */
    History history(UUID userId, Kind kind, LocalDate upTo, String cursor, int limit, ZoneId zone) {
        ListQuery query = ListQuery.parse(null, upTo == null ? null : upTo.toString(), limit, cursor, zone);
        Page<Dose> doses = kind == Kind.CHECKINS ? new Page<>(List.of(), null) : journal.doses(userId, query);
        Page<CheckIn> checkIns = kind == Kind.DOSES ? new Page<>(List.of(), null) : journal.checkIns(userId, query);
        Page<WithdrawalCheckIn> withdrawals = kind == Kind.DOSES ? new Page<>(List.of(), null)
                : journal.withdrawals(userId, query);
        Page<Substance> others = kind != Kind.ALL ? new Page<>(List.of(), null) : substances.list(userId, query);
        Page<Note> notes = kind != Kind.ALL ? new Page<>(List.of(), null) : journal.notes(userId, query);
        List<Entry> all = merge(userId, zone, doses.items(), checkIns.items(), withdrawals.items(), others.items(),
                notes.items());
        List<Entry> shown = all.subList(0, Math.min(limit, all.size()));
        boolean more = all.size() > limit || doses.nextCursor() != null || checkIns.nextCursor() != null
                || withdrawals.nextCursor() != null || others.nextCursor() != null || notes.nextCursor() != null;
        String next = more && !shown.isEmpty()
                ? new Cursor(shown.get(shown.size() - 1).takenAt().toEpochMilli(), shown.get(shown.size() - 1).id()).encode()
                : null;
        Map<LocalDate, List<Entry>> byDay = shown.stream()
                .collect(Collectors.groupingBy(Entry::day, LinkedHashMap::new, Collectors.toList()));
        Map<LocalDate, DayTotals> totals = byDay.isEmpty() ? Map.of()
                : dailyTotals.of(userId, shown.get(shown.size() - 1).day(), shown.get(0).day(), zone);
        List<Day> days = new ArrayList<>();
        byDay.forEach((date, entries) -> days.add(new Day(date, entries, totals.get(date))));
        return new History(days, next);
    }

    /** What the person deleted within the day, last deleted first. */
    List<DeletedEntry> deleted(UUID userId, ZoneId zone) {
        RecentlyDeleted gone = journal.recentlyDeleted(userId);
        Map<UUID, String> names = gone.doses().isEmpty() ? Map.of() : productNames(userId);
        return Stream.of(gone.doses().stream().map(d -> deleted(d, doseEntry(d.entry(), zone, names), zone)),
                        gone.checkIns().stream().map(d -> deleted(d, entry(d.entry(), zone), zone)),
                        gone.withdrawals().stream().map(d -> deleted(d, entry(d.entry(), zone), zone)),
                        gone.substances().stream().map(d -> deleted(d, entry(d.entry(), zone), zone)),
                        gone.notes().stream().map(d -> deleted(d, entry(d.entry(), zone), zone)))
                .flatMap(entries -> entries)
                .sorted(Comparator.comparing(DeletedEntry::deletedAt).reversed())
                .toList();
    }

    private static DeletedEntry deleted(Deleted<?> deleted, Entry entry, ZoneId zone) {
        return new DeletedEntry(entry, deleted.deletedAt().atZone(zone),
                deleted.deletedAt().plus(DeletedEntries.KEPT).atZone(zone));
    }

    Entry entry(UUID userId, Dose dose, ZoneId zone) {
        return doseEntry(dose, zone, productNames(userId));
    }

    Entry entry(CheckIn checkIn, ZoneId zone) {
        var local = checkIn.takenAt().atZone(zone);
        return new Entry(checkIn.id(), checkIn.takenAt(), local.toLocalDate(), local.toLocalTime(), null, null, null,
                checkIn, null, null, null);
    }

    Entry entry(WithdrawalCheckIn withdrawal, ZoneId zone) {
        var local = withdrawal.takenAt().atZone(zone);
        return new Entry(withdrawal.id(), withdrawal.takenAt(), local.toLocalDate(), local.toLocalTime(), null, null,
                null, null, withdrawal, null, null);
    }

    Entry entry(Substance substance, ZoneId zone) {
        var local = substance.takenAt().atZone(zone);
        return new Entry(substance.id(), substance.takenAt(), local.toLocalDate(), local.toLocalTime(), null,
                substance.amount() == null ? null : DoseForm.plain(substance.amount()), null, null, null, substance, null);
    }

    Entry entry(Note note, ZoneId zone) {
        var local = note.takenAt().atZone(zone);
        return new Entry(note.id(), note.takenAt(), local.toLocalDate(), local.toLocalTime(), null, null, null, null,
                null, null, note);
    }

    private List<Entry> merge(UUID userId, ZoneId zone, List<Dose> doses, List<CheckIn> checkIns,
            List<WithdrawalCheckIn> withdrawals, List<Substance> others, List<Note> notes) {
        Map<UUID, String> names = doses.isEmpty() ? Map.of() : productNames(userId);
        return Stream.of(doses.stream().map(dose -> doseEntry(dose, zone, names)),
                        checkIns.stream().map(checkIn -> entry(checkIn, zone)),
                        withdrawals.stream().map(withdrawal -> entry(withdrawal, zone)),
                        others.stream().map(substance -> entry(substance, zone)),
                        notes.stream().map(note -> entry(note, zone)))
                .flatMap(entries -> entries)
                .sorted(Comparator.comparing(Entry::takenAt).thenComparing(Entry::id).reversed())
                .toList();
    }

    private Map<UUID, String> productNames(UUID userId) {
        return products.list(userId, true).stream().collect(Collectors.toMap(Product::id, Product::name));
    }

    private static Entry doseEntry(Dose dose, ZoneId zone, Map<UUID, String> names) {
        var local = dose.takenAt().atZone(zone);
        return new Entry(dose.id(), dose.takenAt(), local.toLocalDate(), local.toLocalTime(), dose,
                DoseForm.plain(dose.amount()), dose.productId() == null ? null : names.get(dose.productId()), null,
                null, null, null);
    }

    static Kind kind(String type) {
        return switch (type == null ? "" : type) {
            case "doses" -> Kind.DOSES;
            case "checkins" -> Kind.CHECKINS;
            default -> Kind.ALL;
        };
    }
}
