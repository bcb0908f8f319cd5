package app.mitra.safety.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.journal.TodayNotices;
import app.mitra.safety.Findings;
import app.mitra.safety.Severity;

/** Open "avoid" findings show one calm line on Today that leads to the Safety screen. */
@Component
class SafetyNotices implements TodayNotices {

    private final Findings findings;

    SafetyNotices(Findings findings) {
        this.findings = findings;
    }

    @Override
    public List<Notice> noticesFor(UUID userId) {
        long avoid = findings.open(userId).stream()
                .filter(finding -> finding.finding().severity() == Severity.AVOID).count();
        return avoid == 0 ? List.of() : List.of(new Notice("safety.banner", List.of(avoid), "/safety"));
    }
}
