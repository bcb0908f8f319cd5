package app.mitra.journal;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

import app.mitra.accounts.Accounts;
import app.mitra.accounts.AuditTrail;
import app.mitra.accounts.AuditTrail.Action;
import app.mitra.common.Created;
import app.mitra.common.Fingerprint;
import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.Cursor;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.Page;
import app.mitra.journal.internal.BulkImport;
import app.mitra.journal.internal.CheckInRepository;
import app.mitra.journal.internal.DeletedEntries;
import app.mitra.journal.internal.Deletions;
import app.mitra.journal.internal.EntryTable;
import app.mitra.common.storage.CreateOnce;
import app.mitra.journal.internal.DoseNormaliser;
import app.mitra.journal.internal.DoseNormaliser.Normalised;
import app.mitra.journal.internal.DoseRepository;
import app.mitra.journal.internal.NoteRepository;
import app.mitra.journal.internal.RecordedHistory;
import app.mitra.journal.internal.SubstanceRepository;
import app.mitra.journal.internal.WithdrawalRepository;
import app.mitra.products.Batch;
import app.mitra.products.Batches;
import app.mitra.products.Product;
import app.mitra.products.Products;
import tools.jackson.databind.json.JsonMapper;

/**
 * The journal module's API. Creates are idempotent by client id; edits and deletions are
 * recorded in the audit trail in the same transaction. Every call is scoped to one user. A dose
 * is checked by {@link DoseChecks} when it is stored, and its findings come back with it. After a
 * dose or a withdrawal check-in is committed, {@link DoseLogged} or {@link WithdrawalRecorded} is
 * published, so modules above the journal (safety) can react without the journal knowing them.
 */
@Service
public class Journal {

    private final CheckInRepository checkIns;
    private final DoseRepository doses;
    private final SubstanceRepository substances;
    private final WithdrawalRepository withdrawals;
    private final NoteRepository notes;
    private final DoseChecks checks;
    private final CreateOnce createOnce;
    private final ApplicationEventPublisher events;
    private final Products products;
    private final Batches batches;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Writes writes;
    private final JsonMapper json;
    private final BulkImport bulk;
    private final Deletions deletions;
    private final DeletedEntries deleted;

    Journal(CheckInRepository checkIns, DoseRepository doses, SubstanceRepository substances,
            WithdrawalRepository withdrawals, NoteRepository notes, DoseChecks checks, CreateOnce createOnce, Products products,
            Batches batches, Accounts accounts, AuditTrail audit, Writes writes, JsonMapper json,
            ApplicationEventPublisher events, BulkImport bulk, Deletions deletions, DeletedEntries deleted) {
        this.bulk = bulk;
        this.deletions = deletions;
        this.deleted = deleted;
        this.checkIns = checkIns;
        this.doses = doses;
        this.substances = substances;
        this.withdrawals = withdrawals;
        this.notes = notes;
        this.checks = checks;
        this.createOnce = createOnce;
        this.events = events;
        this.products = products;
        this.batches = batches;
        this.accounts = accounts;
        this.audit = audit;
        this.writes = writes;
        this.json = json;
    }

    public ZoneId zone(UUID userId) {
        return accounts.zone(userId);
    }

    // ---- check-ins

    public Created<CheckIn> createCheckIn(UUID userId, CheckInInput input) {
        return createAudited(userId, input.id(), input, checkIns.entries(),
                (id, zone, now) -> CheckInRepository.stored(id, zone, input, now),
                (entry, fingerprint) -> checkIns.insert(userId, entry.id(), entry.timeZone(), input, fingerprint,
                        entry.createdAt().toEpochMilli()),
                id -> checkIn(userId, id));
    }

    public CheckIn updateCheckIn(UUID userId, UUID id, CheckInInput input) {
        return updateAudited(userId, checkIns.entries(), id,
                () -> checkIns.update(userId, id, input, System.currentTimeMillis()),
                entry -> checkIn(userId, entry));
    }

    /** Deletes the check-in; it can be restored for a day. */
    public void deleteCheckIn(UUID userId, UUID id) {
        deletions.delete(userId, checkIns.entries(), id, entry -> checkIn(userId, entry), () -> { });
    }

    /** Brings back a check-in deleted within the day, exactly as it was. */
    public CheckIn restoreCheckIn(UUID userId, UUID id) {
        return deletions.restore(userId, checkIns.entries(), id, () -> { });
    }

    public CheckIn checkIn(UUID userId, UUID id) {
        return checkIns.find(userId, id).orElseThrow(() -> deletions.missing(userId, checkIns.entries(), id));
    }

    public Page<CheckIn> checkIns(UUID userId, ListQuery query) {
        return query.page(checkIns.list(userId, query), c -> new Cursor(c.takenAt().toEpochMilli(), c.id()));
    }

    /**
     * Every check-in taken in [from, to) as compact figures, oldest first: one indexed query, for
     * analysis over months or years without paging through whole entries.
     */
    public List<CheckInFigures> checkInFigures(UUID userId, Instant from, Instant to) {
        return checkIns.figures(userId, from.toEpochMilli(), to.toEpochMilli());
    }

    /**
     * When the journal starts: the earliest check-in or dose, from two indexed reads of one row each.
     * Empty for a journal with neither.
     */
    public Optional<Instant> firstEntryAt(UUID userId) {
        Optional<Instant> checkIn = checkIns.firstTakenAt(userId);
        Optional<Instant> dose = firstDose(userId).map(Intake::takenAt);
        return checkIn.isEmpty() ? dose
                : dose.isEmpty() || checkIn.get().isBefore(dose.get()) ? checkIn : dose;
    }

    // ---- doses

    /** The first dose ever logged (not the first of some range): when, and how much material. */
    public Optional<Intake> firstDose(UUID userId) {
        return doses.first(userId);
    }

    /** Every dose taken in [from, to) as compact figures, oldest first, in one indexed query. */
    public List<DoseFigures> doseFigures(UUID userId, Instant from, Instant to) {
        return doses.figures(userId, from.toEpochMilli(), to.toEpochMilli());
    }

    public Created<Dose> createDose(UUID userId, DoseInput input) {
        Normalised normalised = normalise(userId, input);
        UUID own = input.id() != null ? input.id() : Ids.newId();
        ProposedDose proposed = proposed(own, input, normalised);
        List<DoseFinding> found = checks.preview(userId, proposed, history(userId, own));
        Created<Dose> created = createAudited(userId, own, input, doses.entries(),
                (id, zone, now) -> DoseRepository.stored(id, zone, input, normalised, now).withFindings(found),
                (entry, fingerprint) -> {
                    doses.insert(userId, entry.id(), entry.timeZone(), input, normalised, fingerprint,
                            entry.createdAt().toEpochMilli());
                    checks.record(userId, proposed, found);
                },
                id -> dose(userId, id));
        events.publishEvent(new DoseLogged(userId, created.value().id()));
        if (found.isEmpty()) {
            return created;
        }
        // The answer names the stored findings this dose raised or updated (their ids, how often, since when).
        Dose dose = created.value();
        return new Created<>(dose.withFindings(checks.recorded(userId, List.of(dose.id())).getOrDefault(dose.id(),
                List.of())), created.created());
    }

    public Dose updateDose(UUID userId, UUID id, DoseInput input) {
        Normalised normalised = normalise(userId, input);
        ProposedDose proposed = proposed(id, input, normalised);
        List<DoseFinding> found = checks.preview(userId, proposed, history(userId, id));
        return updateAudited(userId, doses.entries(), id, () -> {
            doses.update(userId, id, input, normalised, System.currentTimeMillis());
            checks.record(userId, proposed, found);
        }, entry -> dose(userId, entry));
    }

    /** Deletes the dose and forgets its findings; it can be restored for a day. */
    public void deleteDose(UUID userId, UUID id) {
        deletions.delete(userId, doses.entries(), id, entry -> dose(userId, entry), () -> checks.forget(userId, id));
    }

    /**
     * Brings back a dose deleted within the day, exactly as it was. Its findings were forgotten with it, so
     * it is checked again against the journal as it is now, as an edit would be.
     */
    public Dose restoreDose(UUID userId, UUID id) {
        Optional<ProposedDose> proposed = deletions.find(userId, doses.entries(), id)
                .map(gone -> new ProposedDose(id, gone.entry().takenAt(), gone.entry().materialMg(),
                        gone.entry().form(), gone.entry().amount(), gone.entry().unit()));
        List<DoseFinding> found = proposed.map(dose -> checks.preview(userId, dose, history(userId, id)))
                .orElse(List.of());
        // a restored dose counts as a new occurrence: a finding read before comes back as new
        deletions.restore(userId, doses.entries(), id, () -> proposed.ifPresent(dose -> checks.record(userId, dose,
                found)));
        events.publishEvent(new DoseLogged(userId, id));
        return dose(userId, id);
    }

    /**
     * What a dose would be if saved, with the findings it would raise; nothing is stored. A preview
     * of an edit carries the dose's own id, so the dose is not counted against itself.
     */
    public DosePreview previewDose(UUID userId, DoseInput input) {
        UUID id = input.id() != null ? input.id() : Ids.newId();
        Normalised normalised = normalise(userId, input);
        List<DoseFinding> findings = checks.preview(userId, proposed(id, input, normalised), history(userId, id));
        return new DosePreview(normalised.materialMg(), normalised.leafEquivalentMg(), normalised.mitragynineMg(),
                normalised.sevenOhMg(), normalised.approximate(), findings);
    }

    public Dose dose(UUID userId, UUID id) {
        Dose dose = doses.find(userId, id).orElseThrow(() -> deletions.missing(userId, doses.entries(), id));
        return dose.withFindings(checks.recorded(userId, List.of(id)).getOrDefault(id, List.of()));
    }

    public Page<Dose> doses(UUID userId, ListQuery query) {
        Page<Dose> page = query.page(doses.list(userId, query), d -> new Cursor(d.takenAt().toEpochMilli(), d.id()));
        if (page.items().isEmpty()) {
            return page;
        }
        Map<UUID, List<DoseFinding>> found = checks.recorded(userId, page.items().stream().map(Dose::id).toList());
        return new Page<>(page.items().stream().map(d -> d.withFindings(found.getOrDefault(d.id(), List.of()))).toList(),
                page.nextCursor());
    }

    /**
     * The dose taken last, to prefill the next one: as it is now (edited or not), and the one before once
     * it is deleted. A dose logged ahead of time (up to a day is allowed) is not "last time" yet.
     */
    public Optional<Dose> lastDose(UUID userId) {
        List<Dose> latest = doses.list(userId, new ListQuery(Long.MIN_VALUE, System.currentTimeMillis() + 1, 1, null));
        return latest.stream().findFirst();
    }

    private static ProposedDose proposed(UUID id, DoseInput input, Normalised normalised) {
        return new ProposedDose(id, input.takenAt(), normalised.materialMg(), input.form(), input.amount(),
                input.unit());
    }

    /** The person's journal as the checks on one dose see it: everything but that dose. */
    private DoseHistory history(UUID userId, UUID doseId) {
        return new RecordedHistory(userId, doseId, zone(userId), doses, substances);
    }

    private Normalised normalise(UUID userId, DoseInput input) {
        Optional<Product> product = input.productId() == null ? Optional.empty()
                : products.find(userId, input.productId());
        Optional<Batch> batch = input.batchId() == null ? Optional.empty() : batches.find(userId, input.batchId());
        return DoseNormaliser.normalise(input, product, batch);
    }

    // ---- withdrawal check-ins

    public Created<WithdrawalCheckIn> createWithdrawal(UUID userId, WithdrawalInput input) {
        Created<WithdrawalCheckIn> created = createAudited(userId, input.id(), input, withdrawals.entries(),
                (id, zone, now) -> WithdrawalRepository.stored(id, zone, input, now),
                (entry, fingerprint) -> withdrawals.insert(userId, entry.id(), entry.timeZone(), input, fingerprint,
                        entry.createdAt().toEpochMilli()),
                id -> withdrawal(userId, id));
        events.publishEvent(new WithdrawalRecorded(userId, created.value().id()));
        return created;
    }

    public WithdrawalCheckIn updateWithdrawal(UUID userId, UUID id, WithdrawalInput input) {
        WithdrawalCheckIn after = updateAudited(userId, withdrawals.entries(), id,
                () -> withdrawals.update(userId, id, input, System.currentTimeMillis()),
                entry -> withdrawal(userId, entry));
        events.publishEvent(new WithdrawalRecorded(userId, id));
        return after;
    }

    /** Deletes the withdrawal check-in; it can be restored for a day. */
    public void deleteWithdrawal(UUID userId, UUID id) {
        deletions.delete(userId, withdrawals.entries(), id, entry -> withdrawal(userId, entry), () -> { });
        events.publishEvent(new WithdrawalRecorded(userId, id));
    }

    /** Brings back a withdrawal check-in deleted within the day, exactly as it was. */
    public WithdrawalCheckIn restoreWithdrawal(UUID userId, UUID id) {
        WithdrawalCheckIn restored = deletions.restore(userId, withdrawals.entries(), id, () -> { });
        events.publishEvent(new WithdrawalRecorded(userId, id));
        return restored;
    }

    public WithdrawalCheckIn withdrawal(UUID userId, UUID id) {
        return withdrawals.find(userId, id).orElseThrow(() -> deletions.missing(userId, withdrawals.entries(), id));
    }

    /** Every withdrawal check-in taken in [from, to) as its time and total, oldest first, in one query. */
    public List<WithdrawalFigures> withdrawalFigures(UUID userId, Instant from, Instant to) {
        return withdrawals.figures(userId, from.toEpochMilli(), to.toEpochMilli());
    }

    public Page<WithdrawalCheckIn> withdrawals(UUID userId, ListQuery query) {
        return query.page(withdrawals.list(userId, query), w -> new Cursor(w.takenAt().toEpochMilli(), w.id()));
    }

    // ---- notes

    public Created<Note> createNote(UUID userId, NoteInput input) {
        return createAudited(userId, input.id(), input, notes.entries(),
                (id, zone, now) -> NoteRepository.stored(id, zone, input, now),
                (entry, fingerprint) -> notes.insert(userId, entry.id(), entry.timeZone(), input, fingerprint,
                        entry.createdAt().toEpochMilli()),
                id -> note(userId, id));
    }

    public Note updateNote(UUID userId, UUID id, NoteInput input) {
        return updateAudited(userId, notes.entries(), id,
                () -> notes.update(userId, id, input, System.currentTimeMillis()),
                entry -> note(userId, entry));
    }

    /** Deletes the note; it can be restored for a day. */
    public void deleteNote(UUID userId, UUID id) {
        deletions.delete(userId, notes.entries(), id, entry -> note(userId, entry), () -> { });
    }

    /** Brings back a note deleted within the day, exactly as it was. */
    public Note restoreNote(UUID userId, UUID id) {
        return deletions.restore(userId, notes.entries(), id, () -> { });
    }

    public Note note(UUID userId, UUID id) {
        return notes.find(userId, id).orElseThrow(() -> deletions.missing(userId, notes.entries(), id));
    }

    public Page<Note> notes(UUID userId, ListQuery query) {
        return query.page(notes.list(userId, query), n -> new Cursor(n.takenAt().toEpochMilli(), n.id()));
    }

    // ---- deleted entries

    /** Every entry deleted within the day that can still be restored, of every kind. */
    public RecentlyDeleted recentlyDeleted(UUID userId) {
        return new RecentlyDeleted(deleted.list(userId, checkIns.entries()), deleted.list(userId, doses.entries()),
                deleted.list(userId, substances.entries()), deleted.list(userId, withdrawals.entries()),
                deleted.list(userId, notes.entries()));
    }

    // ---- imports

    /** What importing would do (entries new and present, problems by line); nothing is stored. */
    public JournalImport.Outcome checkImport(UUID userId, JournalImport batch) {
        return bulk.check(userId, batch, products.list(userId, true), batches.stored(userId));
    }

    /**
     * Stores a chunk of an import's new entries in one write, or nothing when the outcome lists
     * problems. Called inside the importer's own write, it joins it, so the importer's other records
     * of the chunk commit with these.
     */
    public JournalImport.Outcome importEntries(UUID userId, JournalImport batch) {
        String zone = zone(userId).getId();
        return writes.write(() -> bulk.store(userId, zone, batch, products.list(userId, true),
                batches.stored(userId)));
    }

    /** Removes entries an import added before it was stopped part-way, by the ids its outcomes listed. */
    public void removeImported(UUID userId, List<UUID> ids) {
        writes.run(() -> bulk.remove(userId, ids));
    }

    // ---- shared by every entry

    /** What a create will store, built before the write, exactly as a read will return it. */
    @FunctionalInterface
    private interface Build<T> {
        T build(UUID id, String zone, long now);
    }

    /** How a create stores the entry it built, with the request's fingerprint. */
    @FunctionalInterface
    private interface Store<T> {
        void store(T entry, String fingerprint);
    }

    /**
     * An idempotent create through {@link CreateOnce} whose new entry is recorded in the audit trail
     * in the same write. The entry and its audit text are made before the write, so the single
     * SQLite writer only inserts: it neither reads the row back nor turns it into JSON.
     */
    private <T> Created<T> createAudited(UUID userId, UUID clientId, Record input, EntryTable<?> table,
            Build<T> build, Store<T> store, Function<UUID, T> find) {
        UUID id = clientId != null ? clientId : Ids.newId();
        T entry = build.build(id, zone(userId).getId(), System.currentTimeMillis());
        String audited = json.writeValueAsString(entry);
        String fingerprint = Fingerprint.of(input);
        return createOnce.create(table.kind().what(), fingerprint, new CreateOnce.Entry<>() {
            public Optional<String> storedFingerprint() {
                return table.fingerprint(userId, id);
            }

            public T stored() {
                return find.apply(id);
            }

            public T insert() {
                deletions.refuseDeletedId(userId, table, id);
                store.store(entry, fingerprint);
                audit.record(userId, table.kind().entity(), id, Action.CREATE, null, audited);
                return entry;
            }
        });
    }

    /** An edit in one write with its audit record; a missing entry (or another person's) is not found. */
    private <T> T updateAudited(UUID userId, EntryTable<?> table, UUID id, Runnable update, Function<UUID, T> find) {
        return writes.write(() -> {
            T before = find.apply(id);
            update.run();
            T after = find.apply(id);
            audit.record(userId, table.kind().entity(), id, Action.UPDATE, json.writeValueAsString(before),
                    json.writeValueAsString(after));
            return after;
        });
    }
}
