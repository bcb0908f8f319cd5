package app.mitra.legal.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.common.web.FieldProblem;
import app.mitra.common.web.InvalidInputException;
import app.mitra.common.web.NotFoundException;
import app.mitra.legal.Jurisdiction;
import app.mitra.legal.Legal;
import app.mitra.legal.LegalAnswer;
import app.mitra.legal.UnknownPlaceException;

/** The legal rows and the place lookup (API.md "Legal"). Not legal advice; the answers carry their sources. */
@RestController
@RequestMapping("/api/v1/legal")
class LegalApiController {

    private static final int MAX_PLACE = 300;

    private final Legal legal;

    LegalApiController(Legal legal) {
        this.legal = legal;
    }

    @GetMapping("/jurisdictions/{code}")
    Jurisdiction jurisdiction(@PathVariable String code) {
        return legal.jurisdiction(code).orElseThrow(() -> new NotFoundException("Jurisdiction " + code));
    }

    @GetMapping("/lookup")
    LegalAnswer lookup(@RequestParam(required = false) String place, @RequestParam(required = false) LocalDate date) {
        if (place == null || place.isBlank() || place.length() > MAX_PLACE) {
            throw new InvalidInputException(List.of(new FieldProblem("place",
                    "is required: a place as you would write it, at most " + MAX_PLACE + " characters")));
        }
        return legal.lookup(place, date, Locale.ENGLISH);
    }

    @ExceptionHandler
    ProblemDetail unknownPlace(UnknownPlaceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(URI.create("urn:mitra:problem:unknown-place"));
        problem.setTitle("Unknown place");
        problem.setProperty("suggestions", e.suggestions());
        return problem;
    }
}
