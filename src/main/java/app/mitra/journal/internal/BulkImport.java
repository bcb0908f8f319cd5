package app.mitra.journal.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import app.mitra.common.Fingerprint;
import app.mitra.common.web.InvalidInputException;
import app.mitra.journal.CheckInInput;
import app.mitra.journal.DoseInput;
import app.mitra.journal.JournalImport;
import app.mitra.journal.JournalImport.Entry;
import app.mitra.journal.JournalImport.Outcome;
import app.mitra.journal.JournalImport.Problem;
import app.mitra.journal.NoteInput;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.WithdrawalInput;
import app.mitra.journal.internal.DoseNormaliser.Normalised;
import app.mitra.products.Batch;
import app.mitra.products.Product;

/**
 * Stores an import's entries, a chunk of a file at a time, with batched inserts. Imported history is not checked by the dose guardrails one
 * dose at a time (a year of doses would raise a year of warnings about the past), and each entry is
 * not audited on its own: the caller records the import once. An entry whose id the journal holds
 * already is left as it is, so a file imported twice adds nothing the second time.
 */
@Component
public class BulkImport {

    private static final int CHUNK = 2_000;
    private static final List<String> TABLES = List.of("journal_checkin", "journal_dose", "journal_substance",
            "journal_withdrawal", "journal_note");

    private final NamedParameterJdbcTemplate jdbc;
    private final CheckInRepository checkIns;
    private final DoseRepository doses;
    private final SubstanceRepository substances;
    private final WithdrawalRepository withdrawals;
    private final NoteRepository notes;

    BulkImport(NamedParameterJdbcTemplate jdbc, CheckInRepository checkIns, DoseRepository doses,
            SubstanceRepository substances, WithdrawalRepository withdrawals, NoteRepository notes) {
        this.jdbc = jdbc;
        this.checkIns = checkIns;
        this.doses = doses;
        this.substances = substances;
        this.withdrawals = withdrawals;
        this.notes = notes;
    }

    /** What storing would do; nothing is written. {@code known} are the person's stored products and batches. */
    public Outcome check(UUID userId, JournalImport batch, List<Product> known, List<Batch> knownBatches) {
        return plan(userId, batch, known, knownBatches).outcome();
    }

    /** Stores the new entries, unless a problem refuses the whole import; call inside one write. */
    public Outcome store(UUID userId, String zone, JournalImport batch, List<Product> known,
            List<Batch> knownBatches) {
        Plan plan = plan(userId, batch, known, knownBatches);
        if (!plan.problems.isEmpty()) {
            return plan.outcome();
        }
        long now = System.currentTimeMillis();
        insert(CheckInRepository.INSERT, plan.checkIns, entry -> checkIns.row(userId, entry.id(), zone(entry, zone),
                entry.input(), Fingerprint.of(entry.input()), created(entry, now), updated(entry, now)));
        insert(DoseRepository.INSERT, plan.doses, entry -> doses.row(userId, entry.id(), zone(entry, zone),
                entry.input(), plan.normalised.get(entry.id()), Fingerprint.of(entry.input()), created(entry, now),
                updated(entry, now)));
        insert(SubstanceRepository.INSERT, plan.substances, entry -> substances.row(userId, entry.id(),
                zone(entry, zone), entry.input(), Fingerprint.of(entry.input()), created(entry, now),
                updated(entry, now)));
        insert(WithdrawalRepository.INSERT, plan.withdrawals, entry -> withdrawals.row(userId, entry.id(),
                zone(entry, zone), entry.input(), Fingerprint.of(entry.input()), created(entry, now),
                updated(entry, now)));
        insert(NoteRepository.INSERT, plan.notes, entry -> notes.row(userId, entry.id(), zone(entry, zone),
                entry.input(), Fingerprint.of(entry.input()), created(entry, now), updated(entry, now)));
        return plan.outcome();
    }

    /**
     * Removes entries an import stored before it was stopped part-way (the ids its chunks added); call
     * inside one write. Entries the journal held before the import are never among them.
     */
    public void remove(UUID userId, List<UUID> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Map<String, Object> params = Map.of("user", userId.toString(), "ids", ids.stream().map(UUID::toString).toList());
        for (String table : TABLES) {
            jdbc.update("delete from " + table + " where user_id = :user and id in (:ids)", params);
        }
    }

    private Plan plan(UUID userId, JournalImport batch, List<Product> known, List<Batch> knownBatches) {
        Plan plan = new Plan(batch.size());
        plan.checkIns = fresh(batch.checkIns(), present("journal_checkin", userId, batch.checkIns()));
        plan.doses = fresh(batch.doses(), present("journal_dose", userId, batch.doses()));
        plan.substances = fresh(batch.substances(), present("journal_substance", userId, batch.substances()));
        plan.withdrawals = fresh(batch.withdrawals(), present("journal_withdrawal", userId, batch.withdrawals()));
        plan.notes = fresh(batch.notes(), present("journal_note", userId, batch.notes()));
        Map<UUID, Product> products = new HashMap<>();
        known.forEach(product -> products.put(product.id(), product));
        Map<UUID, Batch> batches = new HashMap<>();
        knownBatches.forEach(b -> batches.put(b.id(), b));
        for (Entry<DoseInput> dose : plan.doses) {
            try {
                Optional<Product> product = Optional.ofNullable(dose.input().productId())
                        .map(id -> batch.products().getOrDefault(id, products.get(id)));
                Optional<Batch> doseBatch = Optional.ofNullable(dose.input().batchId())
                        .map(id -> batch.batches().getOrDefault(id, batches.get(id)));
                plan.normalised.put(dose.id(), DoseNormaliser.normalise(dose.input(), product, doseBatch));
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> plan.problems.add(new Problem(dose.line(), p.field() + " " + p.message())));
            }
        }
        return plan;
    }

    /** The entries whose ids the journal does not hold yet (nor the import itself, twice). */
    private static <T extends Record> List<Entry<T>> fresh(List<Entry<T>> entries, Set<String> present) {
        return entries.stream().filter(entry -> present.add(entry.id().toString())).toList();
    }

    /** Which of these entries' ids the journal holds already: one query for the chunk, not the whole journal. */
    private Set<String> present(String table, UUID userId, List<? extends Entry<?>> entries) {
        if (entries.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(jdbc.queryForList("select id from " + table + " where user_id = :user and id in (:ids)",
                Map.of("user", userId.toString(), "ids", entries.stream().map(entry -> entry.id().toString()).toList()),
                String.class));
    }

    private <T extends Record> void insert(String sql, List<Entry<T>> entries, Function<Entry<T>, Map<String, Object>> row) {
        for (int from = 0; from < entries.size(); from += CHUNK) {
            List<Entry<T>> chunk = entries.subList(from, Math.min(entries.size(), from + CHUNK));
            @SuppressWarnings("unchecked")
            Map<String, Object>[] rows = chunk.stream().map(row).toArray(Map[]::new);
            jdbc.batchUpdate(sql, rows);
        }
    }

    private static String zone(Entry<?> entry, String zone) {
        return entry.timeZone() != null ? entry.timeZone() : zone;
    }

    private static long created(Entry<?> entry, long now) {
        return entry.createdAt() != null ? entry.createdAt().toEpochMilli() : now;
    }

    private static long updated(Entry<?> entry, long now) {
        Instant updated = entry.updatedAt() != null ? entry.updatedAt() : entry.createdAt();
        return updated != null ? updated.toEpochMilli() : now;
    }

    private static final class Plan {
        final Map<UUID, Normalised> normalised = new HashMap<>();
        final List<Problem> problems = new ArrayList<>();
        final int size;
        List<Entry<CheckInInput>> checkIns;
        List<Entry<DoseInput>> doses;
        List<Entry<SubstanceInput>> substances;
        List<Entry<WithdrawalInput>> withdrawals;
        List<Entry<NoteInput>> notes;

        Plan(int size) {
            this.size = size;
        }

        Outcome outcome() {
            List<UUID> added = new ArrayList<>();
            checkIns.forEach(entry -> added.add(entry.id()));
            doses.forEach(entry -> added.add(entry.id()));
            substances.forEach(entry -> added.add(entry.id()));
            withdrawals.forEach(entry -> added.add(entry.id()));
            notes.forEach(entry -> added.add(entry.id()));
            return new Outcome(added, size - added.size(), problems);
        }
    }
}
