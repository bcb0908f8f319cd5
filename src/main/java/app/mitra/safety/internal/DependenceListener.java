package app.mitra.safety.internal;

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

    private final DependenceSignals signals;

    DependenceListener(DependenceSignals signals) {
        this.signals = signals;
    }

    @EventListener
    void on(DoseLogged dose) {
        evaluate(dose.userId());
    }

    @EventListener
    void on(WithdrawalRecorded checkIn) {
        evaluate(checkIn.userId());
    }

    private void evaluate(java.util.UUID userId) {
        try {
            signals.evaluate(userId);
        } catch (RuntimeException e) {
            LOG.warn("Dependence signals not re-evaluated after a journal entry", e);
        }
    }
}
