package app.mitra.insights.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.journal.CheckInFigures;
import app.mitra.journal.DoseFigures;
import app.mitra.journal.Journal;
import app.mitra.journal.TodayNotices;

/**
 * Asks on Today for an "after" check-in once a dose is about 90 minutes old (from 80 minutes on,
 * while it can still be paired, up to 240) and no pain rating has come in since 45 minutes after it:
 * without one, the dose cannot tell whether it helped.
 */
@Component
class AfterCheckInPrompt implements TodayNotices {

    static final long FROM_MS = 80 * 60_000L;

    private final Journal journal;

    AfterCheckInPrompt(Journal journal) {
        this.journal = journal;
    }

    @Override
    public List<Notice> noticesFor(UUID userId) {
        return noticesAt(userId, System.currentTimeMillis());
    }

    List<Notice> noticesAt(UUID userId, long now) {
        return awaiting(userId, now).map(dose -> {
            ZoneId zone = journal.zone(userId);
            String at = DateTimeFormatter.ofPattern("HH:mm").format(Instant.ofEpochMilli(dose.takenAt()).atZone(zone));
            long minutes = (now - dose.takenAt()) / 60_000;
            return List.of(new Notice("insights.afterCheckIn", List.of(minutes, at), "/today#check-in"));
        }).orElse(List.of());
    }

    /** The latest dose between 80 and 240 minutes old with no momentary rating from 45 minutes after it. */
    Optional<DoseFigures> awaiting(UUID userId, long now) {
        List<DoseFigures> doses = journal.doseFigures(userId, Instant.ofEpochMilli(now - Pairing.AFTER_TO_MS),
                Instant.ofEpochMilli(now - FROM_MS + 1));
        if (doses.isEmpty()) {
            return Optional.empty();
        }
        DoseFigures latest = doses.get(doses.size() - 1);
        List<CheckInFigures> since = journal.checkInFigures(userId,
                Instant.ofEpochMilli(latest.takenAt() + Pairing.AFTER_FROM_MS), Instant.ofEpochMilli(now + 1));
        return since.stream().anyMatch(CheckInFigures::momentary) ? Optional.empty() : Optional.of(latest);
    }
}
