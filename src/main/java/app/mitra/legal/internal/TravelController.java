package app.mitra.legal.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.mitra.legal.Legal;
import app.mitra.legal.UnknownPlaceException;

/**
 * The "Travelling?" check: a place or a trip as the person writes it, and an optional date; the
 * answer shows every place's layers, warnings, sources, as-of date and that it is not legal advice.
 * A GET form, so an answer can be bookmarked or shared and the back button works.
 */
@Controller
class TravelController {

    private static final int MAX_PLACE = 300;

    private final Legal legal;

    TravelController(Legal legal) {
        this.legal = legal;
    }

    @GetMapping("/legal/travel")
    String travel(@RequestParam(required = false) String place, @RequestParam(required = false) String date,
            Model model, Locale locale) {
        model.addAttribute("place", place);
        model.addAttribute("date", date);
        if (place == null || place.isBlank()) {
            return "legal/travel";
        }
        LocalDate day = null;
        if (date != null && !date.isBlank()) {
            try {
                day = LocalDate.parse(date.trim());
            } catch (DateTimeParseException e) {
                model.addAttribute("dateProblem", "legal.travel.badDate");
                return "legal/travel";
            }
        }
        if (place.length() > MAX_PLACE) {
            model.addAttribute("placeProblem", "legal.travel.tooLong");
            return "legal/travel";
        }
        try {
            model.addAttribute("answer", legal.lookup(place, day, locale));
        } catch (UnknownPlaceException e) {
            model.addAttribute("unknown", e.suggestions());
        }
        return "legal/travel";
    }
}
