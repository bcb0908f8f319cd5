package app.mitra.safety;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.NotFoundException;
import app.mitra.safety.StoredFinding.Origin;
import app.mitra.safety.StoredFinding.State;
import app.mitra.safety.internal.FindingRepository;
import app.mitra.safety.internal.FindingRepository.Group;

/**
 * A person's stored findings, one per rule and subject (docs/decisions/0015-findings-grouping-and-plausibility.md).
 * The subject of a profile finding is the line the person wrote; of a dose finding, what the rule
 * matched (the depressant, for "shortly after") or else the rule alone; of a pattern finding, the rule.
 * A repeat updates the one finding (how often, since when, the latest words) instead of adding another.
 * Profile and pattern findings stay read while they stay true; a dose finding that was read comes back
 * as new when another dose raises it, except an ongoing one (a run of days) while the run goes on.
 */
@Service
public class Findings {

    /**
     * An ongoing finding (a run of days of use) continues while doses keep raising it: its rule needs a
     * day without use to stop firing and then a week to fire again, so two days apart is already a new run.
     */
    static final Duration RUN_CONTINUES = Duration.ofDays(2);

    private final FindingRepository findings;
    private final Writes writes;

    Findings(FindingRepository findings, Writes writes) {
        this.findings = findings;
        this.writes = writes;
    }

    /** A finding a dose raised, and whether it describes something ongoing rather than one event. */
    public record Raised(Finding finding, boolean ongoing) {
    }

    /**
     * Sets the findings of a whole-picture origin ({@code PROFILE} or {@code PATTERN}) to these: one
     * still raised keeps its id, state and first sighting and takes the new words; one no longer raised goes.
     */
    public void replace(UUID userId, Origin origin, List<Finding> current) {
        if (origin == Origin.DOSE) {
            throw new IllegalArgumentException("dose findings belong to doses: use recordForDose");
        }
        writes.run(() -> {
            long now = System.currentTimeMillis();
            Map<String, Group> stored = findings.groups(userId, origin);
            Set<String> raised = new HashSet<>();
            for (Finding finding : current) {
                String key = key(origin, finding);
                if (!raised.add(key)) {
                    continue;
                }
                Group group = stored.get(key);
                if (group == null) {
                    findings.insert(userId, Ids.newId(), origin, key, finding, 1, Instant.ofEpochMilli(now), now);
                } else {
                    findings.update(userId, group.id(), finding, Instant.ofEpochMilli(now), false);
                }
            }
            findings.delete(userId, stored.entrySet().stream().filter(e -> !raised.contains(e.getKey()))
                    .map(e -> e.getValue().id()).toList());
        });
    }

    /**
     * Records what a dose taken at {@code takenAt} raised, replacing what it raised before (an edit
     * checks the dose again); call inside the dose's own write. A finding the person read comes back as
     * new when a dose raises it that had not raised it before, unless it is ongoing and its run goes on.
     */
    public void recordForDose(UUID userId, UUID doseId, Instant takenAt, List<Raised> raised) {
        writes.run(() -> {
            long now = System.currentTimeMillis();
            Set<UUID> before = findings.findingsOfDose(userId, doseId);
            findings.deleteOccurrences(userId, doseId);
            Set<UUID> touched = new HashSet<>(before);
            Set<UUID> raisedNow = new HashSet<>();
            for (Raised r : raised) {
                String key = key(Origin.DOSE, r.finding());
                Group group = findings.group(userId, Origin.DOSE, key).orElse(null);
                if (group == null) {
                    group = findings.insert(userId, Ids.newId(), Origin.DOSE, key, r.finding(), 0, takenAt, now);
                } else {
                    boolean runGoesOn = r.ongoing()
                            && Duration.between(group.lastSeenAt(), takenAt).abs().compareTo(RUN_CONTINUES) <= 0;
                    boolean reopen = group.state() == State.ACKNOWLEDGED && !before.contains(group.id()) && !runGoesOn;
                    findings.update(userId, group.id(), r.finding(), takenAt, reopen);
                }
                if (raisedNow.add(group.id())) {
                    findings.insertOccurrence(userId, doseId, group.id(), takenAt, r.finding());
                }
                touched.add(group.id());
            }
            touched.forEach(id -> findings.refresh(userId, id));
        });
    }

    /** Forgets what a deleted dose raised; a finding no other dose raises goes with it. */
    public void forgetDose(UUID userId, UUID doseId) {
        writes.run(() -> {
            Set<UUID> before = findings.findingsOfDose(userId, doseId);
            findings.deleteOccurrences(userId, doseId);
            before.forEach(id -> findings.refresh(userId, id));
        });
    }

    public void acknowledge(UUID userId, UUID findingId) {
        if (!writes.write(() -> findings.acknowledge(userId, findingId, System.currentTimeMillis()))) {
            throw new NotFoundException("finding");
        }
    }

    /** One finding as it stands now. */
    public StoredFinding get(UUID userId, UUID findingId) {
        return findings.find(userId, findingId).orElseThrow(() -> new NotFoundException("finding"));
    }

    /** Every current finding, strongest first, most recently seen first within a severity. */
    public List<StoredFinding> current(UUID userId) {
        return sorted(findings.list(userId, null));
    }

    /** The findings not yet acknowledged, strongest first. */
    public List<StoredFinding> open(UUID userId) {
        return sorted(findings.list(userId, State.NEW));
    }

    /** The findings a dose raised, each with the words it had for that dose, strongest first. */
    public List<StoredFinding> forDose(UUID userId, UUID doseId) {
        return forDoses(userId, List.of(doseId)).getOrDefault(doseId, List.of());
    }

    /** The findings of several doses, by dose id; doses without findings are absent. */
    public Map<UUID, List<StoredFinding>> forDoses(UUID userId, Collection<UUID> doseIds) {
        if (doseIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<StoredFinding>> found = findings.forDoses(userId, doseIds);
        found.replaceAll((dose, list) -> sorted(list));
        return found;
    }

    /**
     * Strongest first, then the most recently seen. Findings saved by one screening share a time, so the
     * rule id keeps their order the same from one read to the next.
     */
    private static List<StoredFinding> sorted(List<StoredFinding> list) {
        return list.stream().sorted(Comparator.comparing((StoredFinding f) -> f.finding().severity())
                .thenComparing(StoredFinding::lastSeenAt, Comparator.reverseOrder())
                .thenComparing(f -> f.finding().ruleId())
                .thenComparing(StoredFinding::id)).toList();
    }

    /** Rule and subject: what makes two raises "the same finding again". */
    static String key(Origin origin, Finding finding) {
        String subject = switch (origin) {
            case PROFILE -> finding.input();
            case DOSE -> finding.matched();
            case PATTERN -> null;
        };
        return finding.ruleId() + "|" + (subject == null ? "" : subject.toLowerCase(Locale.ROOT));
    }
}
