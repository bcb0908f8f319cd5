package app.mitra.reports.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import app.mitra.accounts.Account;
import app.mitra.accounts.Accounts;
import app.mitra.common.XmlText;
import app.mitra.common.web.Cursor;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.Page;
import app.mitra.journal.CheckIn;
import app.mitra.journal.Dose;
import app.mitra.journal.Journal;
import app.mitra.journal.Note;
import app.mitra.products.Batch;
import app.mitra.products.Batches;
import app.mitra.products.Product;
import app.mitra.products.Products;
import app.mitra.products.Recall;
import app.mitra.products.Recalls;
import app.mitra.safety.Findings;
import app.mitra.safety.HealthProfiles;
import app.mitra.safety.Tapers;

/**
 * Reads a {@link Snapshot} through the facades of the modules below reports; never their tables. Its
 * text is {@linkplain XmlText#cleanAll cleaned}, so an entry stored before input was cleaned cannot
 * break the PDF, the shared page or the FHIR export.
 */
@Component
public class Snapshots {

    private final Accounts accounts;
    private final Journal journal;
    private final Products products;
    private final Batches batches;
    private final Recalls recalls;
    private final HealthProfiles profiles;
    private final Findings findings;
    private final Tapers tapers;

    Snapshots(Accounts accounts, Journal journal, Products products, Batches batches, Recalls recalls,
            HealthProfiles profiles, Findings findings,
            Tapers tapers) {
        this.accounts = accounts;
        this.journal = journal;
        this.products = products;
        this.batches = batches;
        this.recalls = recalls;
        this.profiles = profiles;
        this.findings = findings;
        this.tapers = tapers;
    }

    /** The days from {@code from} to {@code to}, both inclusive, in the person's zone. */
    public Snapshot read(UUID userId, LocalDate from, LocalDate to) {
        Account account = accounts.account(userId);
        ZoneId zone = account.zone();
        long fromMillis = from == null ? Long.MIN_VALUE : from.atStartOfDay(zone).toInstant().toEpochMilli();
        long toMillis = to == null ? Long.MAX_VALUE : to.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        List<CheckIn> checkIns = all(cursor -> journal.checkIns(userId, query(fromMillis, toMillis, cursor)));
        List<Dose> doses = all(cursor -> journal.doses(userId, query(fromMillis, toMillis, cursor)));
        List<Note> notes = all(cursor -> journal.notes(userId, query(fromMillis, toMillis, cursor)));
        checkIns.sort(Comparator.comparing(CheckIn::takenAt));
        notes.sort(Comparator.comparing(Note::takenAt));
        doses.sort(Comparator.comparing(Dose::takenAt));
        Map<UUID, Product> byId = products.list(userId, true).stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        Map<UUID, Batch> named = new HashMap<>();
        doses.stream().map(Dose::batchId).filter(Objects::nonNull).distinct()
                .forEach(id -> batches.find(userId, id).ifPresent(b -> named.put(id, batches.get(userId, id))));
        Map<UUID, Recall> recalled = new HashMap<>();
        if (!named.isEmpty()) {
            recalls.recalledBatches(userId).stream().filter(r -> named.containsKey(r.batch().id()))
                    .forEach(r -> recalled.put(r.batch().id(), r.recall()));
        }
        return XmlText.cleanAll(new Snapshot(userId, account.username(), zone, from, to, checkIns, doses, notes, byId,
                named, recalled, profiles.get(userId), findings.current(userId), tapers.find(userId),
                journal.firstDose(userId)));
    }

    /** The whole journal. */
    public Snapshot readAll(UUID userId) {
        return read(userId, null, null);
    }

    private static ListQuery query(long from, long to, String cursor) {
        return new ListQuery(from, to, ListQuery.MAX_LIMIT, cursor == null ? null : Cursor.decode(cursor));
    }

    private static <T> List<T> all(Function<String, Page<T>> pages) {
        List<T> items = new ArrayList<>();
        String cursor = null;
        do {
            Page<T> page = pages.apply(cursor);
            items.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        return items;
    }
}
