package app.mitra.common.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a mistyped MITRA_DB_URL into a short, clear start-up message instead of a stack trace. */
class UnsupportedDatabaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<UnsupportedDatabaseUrlException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnsupportedDatabaseUrlException cause) {
        return new FailureAnalysis("MITRA_DB_URL is set to '" + cause.url() + "', which Mitra cannot use.",
                "Unset MITRA_DB_URL to use SQLite in MITRA_DATA_DIR, or set it to jdbc:postgresql://host:5432/db"
                        + " (with user and password parameters).", cause);
    }
}
