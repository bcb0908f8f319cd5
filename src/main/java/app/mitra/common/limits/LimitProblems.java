package app.mitra.common.limits;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** The API's answers (RFC 9457) for input over a limit, and for a request that failed with an {@link Error}. */
public final class LimitProblems {

    private LimitProblems() {
    }

    /** 413 for a body too large, 400 for content over a limit; {@code limit} names the setting. */
    public static ProblemDetail of(LimitExceededException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                e.isBody() ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(URI.create("urn:mitra:problem:" + (e.isBody() ? "too-large" : "over-limit")));
        problem.setTitle(e.isBody() ? "Too large" : "Over a limit");
        problem.setProperty("limit", e.limit().setting());
        return problem;
    }

    /**
     * Out of memory is the server's state, not the request's fault: 503, try again. Any other
     * {@link Error} is a 500. Neither shows what failed.
     */
    public static ProblemDetail failure(Error e) {
        boolean memory = e instanceof OutOfMemoryError;
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                memory ? HttpStatus.SERVICE_UNAVAILABLE : HttpStatus.INTERNAL_SERVER_ERROR,
                memory ? "The server is short of memory right now; nothing was changed by this request. Try again in a minute."
                        : "The request could not be completed; nothing was changed by it.");
        problem.setType(URI.create("urn:mitra:problem:" + (memory ? "unavailable" : "internal")));
        problem.setTitle(memory ? "Unavailable" : "Something went wrong");
        return problem;
    }
}
