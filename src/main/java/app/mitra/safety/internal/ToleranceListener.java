package app.mitra.safety.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import app.mitra.insights.ToleranceAssessed;
import app.mitra.safety.DependenceSignals;

/**
 * Turns insights' tolerance assessment into a pattern finding (with its sources; the signals box
 * shows help lines beside it), or clears it. Safe to run twice: the same assessment changes nothing.
 */
@Component
class ToleranceListener {

    private static final Logger LOG = LoggerFactory.getLogger(ToleranceListener.class);

    private final DependenceSignals signals;

    ToleranceListener(DependenceSignals signals) {
        this.signals = signals;
    }

    @EventListener
    void on(ToleranceAssessed assessed) {
        try {
            signals.tolerance(assessed);
        } catch (RuntimeException e) {
            LOG.warn("Tolerance finding not stored", e);
        }
    }
}
