package app.mitra.library.internal;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A broken article stops start-up with its problems listed, not a stack trace. */
class BrokenLibraryFailureAnalyzer extends AbstractFailureAnalyzer<BrokenLibraryException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, BrokenLibraryException cause) {
        return new FailureAnalysis("The evidence library is broken, so Mitra will not show it:\n  - "
                + String.join("\n  - ", cause.problems()),
                "Fix the files under src/main/resources/library (ArticleFilesTest shows what is checked) and rebuild.",
                cause);
    }
}
