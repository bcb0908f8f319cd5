package app.mitra.safety;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A person's taper plan with its computed schedule, today's step and target (null before the first
 * step and after the last), and how the recent days' logged totals compare with their targets.
 */
public record Taper(UUID id, Integer startMg, Integer reductionMg, Double reductionPercent, Integer stepDays,
        LocalDate startDate, Integer endMg, Status status, LocalDate pausedOn, List<TaperPause> pauses,
        List<TaperStep> schedule, TaperDay today, List<TaperDay> recent, Instant createdAt, Instant updatedAt) {

    public enum Status { NOT_STARTED, ACTIVE, PAUSED, FINISHED }

    public Taper {
        pauses = List.copyOf(pauses);
        schedule = List.copyOf(schedule);
        recent = List.copyOf(recent);
    }

    public TaperPlan plan() {
        return new TaperPlan(startMg, reductionMg, reductionPercent, stepDays, startDate, endMg);
    }

    public boolean paused() {
        return status == Status.PAUSED;
    }

    public TaperStep lastStep() {
        return schedule.get(schedule.size() - 1);
    }
}
