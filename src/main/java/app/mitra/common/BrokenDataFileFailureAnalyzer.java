package app.mitra.common;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken data file stops start-up with its problems listed and where to fix them. */
class BrokenDataFileFailureAnalyzer extends AbstractFailureAnalyzer<BrokenDataFile> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BrokenDataFile cause) {
        return new FailureAnalysis(cause.getMessage().substring(0, cause.getMessage().indexOf(':'))
                + ", so Mitra will not start with it:\n  - " + String.join("\n  - ", cause.problems()), cause.fix(), cause);
    }
}
