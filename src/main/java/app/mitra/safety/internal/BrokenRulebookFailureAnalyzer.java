package app.mitra.safety.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken rulebook stops start-up with the list of its problems instead of a stack trace. */
class BrokenRulebookFailureAnalyzer extends AbstractFailureAnalyzer<BrokenRulebookException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BrokenRulebookException cause) {
        return new FailureAnalysis("The safety rulebook is broken, so Mitra will not screen with it:\n  - "
                + String.join("\n  - ", cause.problems()),
                "Fix src/main/resources/safety/rulebook.json (RulebookFileTest shows what is checked) and rebuild.",
                cause);
    }
}
