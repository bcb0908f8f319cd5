package app.mitra.safety.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;

import app.mitra.common.web.InvalidInputException;
import app.mitra.legal.Legal;
import app.mitra.legal.LegalAnswer;
import app.mitra.legal.UnknownPlaceException;

/**
 * The profile's "where you live" as people write it ("Tupelo, MS", "us-tx"): turned into the most
 * specific jurisdiction code, or refused with the candidates or near names so the person can choose.
 */
@Component
class PlaceInput {

    private final Legal legal;

    PlaceInput(Legal legal) {
        this.legal = legal;
    }

    String code(String text, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        if (legal.jurisdiction(text).isPresent()) {
            return text.trim();
        }
        try {
            LegalAnswer answer = legal.lookup(text, null, locale);
            if (answer.ambiguous()) {
                throw new InvalidInputException("jurisdiction", "could mean several places: "
                        + String.join("; ", answer.candidates().stream().map(c -> c.name() + " (" + c.code() + ")").toList()));
            }
            if (answer.places().size() > 1) {
                throw new InvalidInputException("jurisdiction", "is several places; write the one where you live");
            }
            return answer.codes().get(0);
        } catch (UnknownPlaceException e) {
            throw new InvalidInputException("jurisdiction", e.suggestions().isEmpty()
                    ? "is not a place Mitra has legal data for"
                    : "is not a place Mitra knows; did you mean " + String.join(", ", e.suggestions()) + "?");
        }
    }

    /** What applies today where the person lives, or null when they have not said. */
    LegalAnswer current(String code, Locale locale) {
        return code == null || legal.jurisdiction(code).isEmpty() ? null : legal.forCode(code, locale);
    }
}
