package app.mitra.legal.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken legal data file stops start-up with its problems listed, not a stack trace. */
class BrokenLegalDataFailureAnalyzer extends AbstractFailureAnalyzer<BrokenLegalDataException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BrokenLegalDataException cause) {
        return new FailureAnalysis("The legal data is broken, so Mitra will not answer legal questions with it:\n  - "
                + String.join("\n  - ", cause.problems()),
                "Fix src/main/resources/legal/jurisdictions.json (JurisdictionsFileTest shows what is checked) and rebuild.",
                cause);
    }
}
