package app.mitra.safety;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.mitra.accounts.AuditTrail;
import app.mitra.accounts.AuditTrail.Action;
import app.mitra.common.Created;
import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.ConflictException;
import app.mitra.common.web.NotFoundException;
import app.mitra.safety.internal.JournalDays;
import app.mitra.safety.internal.TaperArithmetic;
import app.mitra.safety.internal.TaperRepository;
import app.mitra.safety.internal.TaperRepository.Stored;
import app.mitra.safety.internal.UsePattern.DayUse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Taper plans: one current plan per person, set by them or their clinician. Mitra computes the
 * schedule, today's target and how the logged totals compare; pausing shifts the remaining steps.
 * Changes and the end of a plan are recorded in the audit trail.
 */
@Service
public class Tapers {

    static final String TAPER = "taper";
    /** How many days, up to today, the comparison shows. */
    public static final int RECENT_DAYS = 7;

    private final TaperRepository tapers;
    private final JournalDays journal;
    private final AuditTrail audit;
    private final Writes writes;
    private final JsonMapper json;

    Tapers(TaperRepository tapers, JournalDays journal, AuditTrail audit, Writes writes, JsonMapper json) {
        this.tapers = tapers;
        this.journal = journal;
        this.audit = audit;
        this.writes = writes;
        this.json = json;
    }

    public Optional<Taper> find(UUID userId) {
        return tapers.find(userId).map(stored -> view(userId, stored));
    }

    public Taper current(UUID userId) {
        return find(userId).orElseThrow(() -> new NotFoundException("taper plan"));
    }

    /** Sets the plan: a new one (created), or a change to the current one, keeping its pauses. */
    public Created<Taper> save(UUID userId, TaperPlan plan) {
        Created<Stored> saved = writes.write(() -> {
            long now = System.currentTimeMillis();
            Optional<Stored> before = tapers.find(userId);
            UUID id = before.map(Stored::id).orElseGet(Ids::newId);
            if (before.isPresent()) {
                tapers.update(userId, plan, now);
            } else {
                tapers.insert(userId, id, plan, now);
            }
            Stored after = tapers.find(userId).orElseThrow(() -> new NotFoundException("taper plan"));
            audit.record(userId, TAPER, id, before.isPresent() ? Action.UPDATE : Action.CREATE,
                    before.map(json::writeValueAsString).orElse(null), json.writeValueAsString(after));
            return new Created<>(after, before.isEmpty());
        });
        return new Created<>(view(userId, saved.value()), saved.created());
    }

    /**
     * A plan brought in by an import, with its pauses, inside the importer's write. A person who has a
     * plan keeps it. Answers whether the plan was stored.
     */
    public boolean importPlan(UUID userId, TaperPlan plan, List<TaperPause> pauses) {
        return writes.write(() -> {
            if (tapers.find(userId).isPresent()) {
                return false;
            }
            long now = System.currentTimeMillis();
            UUID id = Ids.newId();
            tapers.insert(userId, id, plan, now);
            tapers.savePauses(userId, pauses, now);
            audit.record(userId, TAPER, id, Action.CREATE, null, json.writeValueAsString(tapers.find(userId).orElseThrow()));
            return true;
        });
    }

    public Taper pause(UUID userId) {
        return changePauses(userId, (pauses, today) -> {
            if (!pauses.isEmpty() && pauses.get(pauses.size() - 1).open()) {
                throw new ConflictException("The taper plan is paused already.");
            }
            pauses.add(new TaperPause(today, null));
        });
    }

    public Taper resume(UUID userId) {
        return changePauses(userId, (pauses, today) -> {
            if (pauses.isEmpty() || !pauses.get(pauses.size() - 1).open()) {
                throw new ConflictException("The taper plan is not paused.");
            }
            TaperPause open = pauses.remove(pauses.size() - 1);
            pauses.add(new TaperPause(open.from(), today.isBefore(open.from()) ? open.from() : today));
        });
    }

    /** Ends the plan; the audit trail keeps what it was. */
    public void end(UUID userId) {
        writes.run(() -> {
            Stored before = tapers.find(userId).orElseThrow(() -> new NotFoundException("taper plan"));
            tapers.delete(userId);
            audit.record(userId, TAPER, before.id(), Action.DELETE, json.writeValueAsString(before), null);
        });
    }

    private Taper changePauses(UUID userId, java.util.function.BiConsumer<List<TaperPause>, LocalDate> change) {
        LocalDate today = LocalDate.now(journal.zone(userId));
        Stored saved = writes.write(() -> {
            Stored before = tapers.find(userId).orElseThrow(() -> new NotFoundException("taper plan"));
            List<TaperPause> pauses = new ArrayList<>(before.pauses());
            change.accept(pauses, today);
            tapers.savePauses(userId, pauses, System.currentTimeMillis());
            Stored after = tapers.find(userId).orElseThrow(() -> new NotFoundException("taper plan"));
            audit.record(userId, TAPER, before.id(), Action.UPDATE, json.writeValueAsString(before),
                    json.writeValueAsString(after));
            return after;
        });
        return view(userId, saved);
    }

    private Taper view(UUID userId, Stored stored) {
        ZoneId zone = journal.zone(userId);
        return view(stored, LocalDate.now(zone), (first, last) -> journal.use(userId, first, last, zone));
    }

    /** The plan as seen on {@code today}, with the logged totals of the recent days. */
    static Taper view(Stored stored, LocalDate today,
            java.util.function.BiFunction<LocalDate, LocalDate, Map<LocalDate, DayUse>> use) {
        TaperPlan plan = stored.plan();
        List<TaperStep> schedule = TaperArithmetic.schedule(plan, stored.pauses(), today);
        Map<LocalDate, DayUse> logged = use.apply(today.minusDays(RECENT_DAYS - 1L), today);
        List<TaperDay> recent = new ArrayList<>();
        for (LocalDate day = today.minusDays(RECENT_DAYS - 1L); !day.isAfter(today); day = day.plusDays(1)) {
            LocalDate date = day;
            long mg = logged.containsKey(date) ? logged.get(date).materialMg() : 0;
            schedule.stream().filter(step -> step.covers(date)).findFirst()
                    .ifPresent(step -> recent.add(TaperDay.of(date, step, mg)));
        }
        TaperDay todayRow = recent.isEmpty() || !recent.get(recent.size() - 1).date().equals(today) ? null
                : recent.get(recent.size() - 1);
        boolean paused = !stored.pauses().isEmpty() && stored.pauses().get(stored.pauses().size() - 1).open();
        TaperStep last = schedule.get(schedule.size() - 1);
        List<TaperDay> newestFirst = new ArrayList<>(recent);
        java.util.Collections.reverse(newestFirst);
        Taper.Status status = paused ? Taper.Status.PAUSED
                : today.isBefore(plan.startDate()) ? Taper.Status.NOT_STARTED
                : today.isAfter(last.to()) ? Taper.Status.FINISHED : Taper.Status.ACTIVE;
        return new Taper(stored.id(), plan.startMg(), plan.reductionMg(), plan.reductionPercent(), plan.stepDays(),
                plan.startDate(), plan.endMg(), status,
                paused ? stored.pauses().get(stored.pauses().size() - 1).from() : null, stored.pauses(), schedule,
                todayRow, newestFirst, stored.createdAt(), stored.updatedAt());
    }
}
