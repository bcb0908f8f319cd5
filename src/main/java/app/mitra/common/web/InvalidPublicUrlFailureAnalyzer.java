package app.mitra.common.web;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A MITRA_PUBLIC_URL that is not a web address stops start-up with one clear line, not a stack trace. */
class InvalidPublicUrlFailureAnalyzer extends AbstractFailureAnalyzer<PublicUrl.Invalid> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PublicUrl.Invalid cause) {
        return new FailureAnalysis(cause.getMessage() + ".",
                "Set MITRA_PUBLIC_URL to the address people open Mitra at, or leave it unset.", cause);
    }
}
