package app.mitra.products.internal;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import app.mitra.products.FileRefusedException;

/**
 * A refused upload answers 400 problem+json whose {@code errors} name the line of each problem
 * ({@code {line, field, message}}), as API.md's imports do. Ordered first so the shared catch-all
 * for unexpected failures never sees it.
 */
@RestControllerAdvice(assignableTypes = {BatchesApiController.class, RecallsApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class FileProblems {

    @ExceptionHandler
    ProblemDetail refused(FileRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The file was not imported: " + e.problems().size() + " problem(s). Nothing was saved.");
        problem.setType(URI.create("urn:mitra:problem:invalid-file"));
        problem.setTitle("Invalid file");
        problem.setProperty("errors", e.problems());
        return problem;
    }
}
