package app.mitra.common.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import app.mitra.common.limits.BodyLimitFilter;
import app.mitra.common.limits.Limit;
import app.mitra.common.limits.LimitExceededException;
import app.mitra.common.limits.LimitProblems;
import app.mitra.common.limits.Limits;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Every REST error in one place, as RFC 9457 problem+json: validation problems list their fields,
 * nothing echoes a stack trace or an internal id, and unexpected failures are logged, not shown.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final Limits limits;

    ApiProblems(Limits limits) {
        this.limits = limits;
    }

    static ProblemDetail problem(HttpStatus status, String slug, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:mitra:problem:" + slug));
        problem.setTitle(title);
        return problem;
    }

    static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                problems.size() == 1 ? "One field needs attention." : problems.size() + " fields need attention.");
        problem.setProperty("errors", problems);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "not-found", "Not found", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> accountGone(AccountGoneException e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem(HttpStatus.UNAUTHORIZED, "account-gone", "Account gone", e.getMessage()));
    }

    @ExceptionHandler
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", "Conflict", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail invalidInput(InvalidInputException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> tooManyAttempts(TooManyAttemptsException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-attempts", "Too many attempts",
                        "Too many wrong passwords or codes from this address. Wait " + e.retryAfterSeconds()
                                + " seconds, then try again."));
    }

    @ExceptionHandler
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return invalid(List.of(new FieldProblem(e.getName(), "has the wrong format")));
    }

    /** Tomcat throws this from every parameter lookup once a query string or form body cannot be decoded. */
    @ExceptionHandler
    ProblemDetail unreadableParameters(InvalidParameterException e) {
        return badRequest();
    }

    /** The problem for a bare status, raised by the servlet container rather than by Mitra's code. */
    static ProblemDetail forStatus(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> badRequest();
            case NOT_FOUND -> problem(status, "not-found", "Not found", "Nothing is at this address.");
            case INTERNAL_SERVER_ERROR -> internal();
            default -> problem(status, status.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    status.getReasonPhrase(), status.getReasonPhrase() + ".");
        };
    }

    static ProblemDetail badRequest() {
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "Bad request",
                "The request could not be read: check its address, query string, headers and body.");
    }

    @ExceptionHandler
    ProblemDetail unexpected(RuntimeException e) {
        log.error("Unexpected failure answering an API request", e);
        return internal();
    }

    static ProblemDetail internal() {
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Something went wrong",
                "The request could not be completed; nothing was changed by it.");
    }

    @ExceptionHandler
    ProblemDetail overLimit(LimitExceededException e) {
        return LimitProblems.of(e);
    }

    /** An {@link Error} (out of memory, a stack overflow) in a handler: logged, answered as a problem. */
    @ExceptionHandler
    ProblemDetail failed(Error e) {
        log.error("A request failed with {}", e.getClass().getSimpleName(), e);
        return LimitProblems.failure(e);
    }

    /** A multipart upload larger than any upload may be, met by the part parser: the path's own limit. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Object limit = request.getAttribute(BodyLimitFilter.LIMIT, WebRequest.SCOPE_REQUEST);
        ProblemDetail problem = LimitProblems.of(LimitExceededException.body(limits,
                limit instanceof Limit known ? known : Limit.IMPORT_BYTES));
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(ApiProblems::fieldProblem).toList();
        return ResponseEntity.badRequest().body(invalid(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> new FieldProblem(result.getMethodParameter().getParameterName(),
                                error.getDefaultMessage())))
                .toList();
        return ResponseEntity.badRequest().body(invalid(problems));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (e.getCause() instanceof StreamConstraintsException constraint) {
            var over = LimitExceededException.of(limits, constraint);
            if (over.isPresent()) {
                return ResponseEntity.badRequest().body(LimitProblems.of(over.get()));
            }
        }
        if (e.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            return ResponseEntity.badRequest().body(invalid(List.of(new FieldProblem(path(jackson), "has the wrong type or format"))));
        }
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "unreadable", "Unreadable request",
                "The request body is missing or is not valid JSON.");
        return ResponseEntity.badRequest().body(problem);
    }

    private static FieldProblem fieldProblem(FieldError error) {
        return new FieldProblem(error.getField(), error.getDefaultMessage());
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
