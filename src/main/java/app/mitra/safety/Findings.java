package app.mitra.safety;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.NotFoundException;
import app.mitra.safety.StoredFinding.Origin;
import app.mitra.safety.StoredFinding.State;
import app.mitra.safety.internal.FindingRepository;

/**
 * A person's stored findings. Profile and pattern findings are replaced whole at each screening;
 * a finding the person acknowledged stays acknowledged when the same rule fires again for the same
 * input. Dose findings belong to their dose and go with it.
 */
@Service
public class Findings {

    private final FindingRepository findings;
    private final Writes writes;

    Findings(FindingRepository findings, Writes writes) {
        this.findings = findings;
        this.writes = writes;
    }

    /** Replaces the findings of a whole-picture origin ({@code PROFILE} or {@code PATTERN}). */
    public void replace(UUID userId, Origin origin, List<Finding> current) {
        if (origin == Origin.DOSE) {
            throw new IllegalArgumentException("dose findings belong to a dose: use recordForDose");
        }
        writes.run(() -> {
            Set<String> acknowledged = findings.acknowledgedKeys(userId, origin);
            findings.deleteByOrigin(userId, origin);
            long now = System.currentTimeMillis();
            for (Finding finding : current) {
                String key = key(finding);
                findings.insert(userId, Ids.newId(), origin, acknowledged.contains(key) ? State.ACKNOWLEDGED : State.NEW,
                        null, key, finding, now);
            }
        });
    }

    /** Replaces a dose's findings (call inside the dose's own write, or after it). */
    public void recordForDose(UUID userId, UUID doseId, List<Finding> current) {
        writes.run(() -> {
            findings.deleteByDose(userId, doseId);
            long now = System.currentTimeMillis();
            for (Finding finding : current) {
                findings.insert(userId, Ids.newId(), Origin.DOSE, State.NEW, doseId, key(finding), finding, now);
            }
        });
    }

    public void forgetDose(UUID userId, UUID doseId) {
        writes.run(() -> findings.deleteByDose(userId, doseId));
    }

    public void acknowledge(UUID userId, UUID findingId) {
        if (!writes.write(() -> findings.acknowledge(userId, findingId, System.currentTimeMillis()))) {
            throw new NotFoundException("finding");
        }
    }

    /** Every current finding, strongest first, newest first within a severity. */
    public List<StoredFinding> current(UUID userId) {
        return sorted(findings.list(userId, null));
    }

    /** The findings not yet acknowledged, strongest first. */
    public List<StoredFinding> open(UUID userId) {
        return sorted(findings.list(userId, State.NEW));
    }

    public List<StoredFinding> forDose(UUID userId, UUID doseId) {
        return findings.forDose(userId, doseId);
    }

    /** The findings of several doses, by dose id; doses without findings are absent. */
    public java.util.Map<UUID, List<StoredFinding>> forDoses(UUID userId, java.util.Collection<UUID> doseIds) {
        if (doseIds.isEmpty()) {
            return java.util.Map.of();
        }
        return findings.forDoses(userId, doseIds).stream()
                .collect(java.util.stream.Collectors.groupingBy(StoredFinding::doseId));
    }

    /**
     * Strongest first, then newest first. Findings saved by one screening share a time and their ids are
     * random within that millisecond, so the rule id keeps their order the same from one read to the next.
     */
    private static List<StoredFinding> sorted(List<StoredFinding> list) {
        return list.stream().sorted(Comparator.comparing((StoredFinding f) -> f.finding().severity())
                .thenComparing(StoredFinding::createdAt, Comparator.reverseOrder())
                .thenComparing(f -> f.finding().ruleId())).toList();
    }

    private static String key(Finding finding) {
        return finding.ruleId() + "|" + (finding.input() == null ? "" : finding.input().toLowerCase(java.util.Locale.ROOT));
    }
}
