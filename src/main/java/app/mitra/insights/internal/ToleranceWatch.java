package app.mitra.insights.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.mitra.insights.Insights;
import app.mitra.journal.DoseLogged;

/**
 * Assesses tolerance after a dose is logged, at most once an hour per person: the windows are 30
 * days long, so a new dose moves them little. The dose is already committed; a failure here is
 * logged and never fails the person's request.
 */
@Component
class ToleranceWatch {

    private static final Logger LOG = LoggerFactory.getLogger(ToleranceWatch.class);
    static final long MIN_INTERVAL_MS = 3_600_000;

    private final Insights insights;
    private final Map<UUID, Long> lastAssessed = new ConcurrentHashMap<>();

    ToleranceWatch(Insights insights) {
        this.insights = insights;
    }

    @EventListener
    void on(DoseLogged dose) {
        long now = System.currentTimeMillis();
        Long last = lastAssessed.get(dose.userId());
        if (last != null && now - last < MIN_INTERVAL_MS) {
            return;
        }
        lastAssessed.put(dose.userId(), now);
        try {
            insights.assessTolerance(dose.userId());
        } catch (RuntimeException e) {
            LOG.warn("Tolerance not assessed after a dose", e);
        }
    }
}
