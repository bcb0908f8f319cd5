package app.mitra.safety.internal;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.mitra.journal.DoseLogged;
import app.mitra.journal.WithdrawalRecorded;
import app.mitra.safety.DependenceSignals;

/**
 * Re-evaluates the dependence signals when the journal records a dose or a withdrawal check-in.
 * The entry is already committed when this runs, so a failure here must not fail the person's
 * request: it is logged, and the next entry or a visit to the signals evaluates again.
 */
@Component
class DependenceListener {

    private static final Logger LOG = LoggerFactory.getLogger(DependenceListener.class);

    /**
     * Signals describe weeks of use, so re-evaluating them on more than one dose a minute per person
     * adds nothing but work on every dose; a withdrawal check-in, or a view of the signals, evaluates
     * at once.
     */
    static final long MIN_INTERVAL_MS = 60_000;

    private final DependenceSignals signals;
    private final Map<UUID, Long> lastEvaluated = new ConcurrentHashMap<>();

    DependenceListener(DependenceSignals signals) {
        this.signals = signals;
    }

    @EventListener
    void on(DoseLogged dose) {
        long now = System.currentTimeMillis();
        Long last = lastEvaluated.get(dose.userId());
        if (last == null || now - last >= MIN_INTERVAL_MS) {
            evaluate(dose.userId());
        }
    }

    @EventListener
    void on(WithdrawalRecorded checkIn) {
        evaluate(checkIn.userId());
    }

    private void evaluate(UUID userId) {
        lastEvaluated.put(userId, System.currentTimeMillis());
        try {
            signals.evaluate(userId);
        } catch (RuntimeException e) {
            LOG.warn("Dependence signals not re-evaluated after a journal entry", e);
        }
    }
}
