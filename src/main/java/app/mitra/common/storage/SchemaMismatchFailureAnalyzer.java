package app.mitra.common.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A database newer than this Mitra, or waiting for a manual migration: one clear message at start. */
class SchemaMismatchFailureAnalyzer extends AbstractFailureAnalyzer<SchemaMismatchException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SchemaMismatchException cause) {
        return new FailureAnalysis(cause.problem(), cause.action(), cause);
    }
}
