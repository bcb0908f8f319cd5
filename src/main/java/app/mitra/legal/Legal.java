package app.mitra.legal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import app.mitra.legal.internal.JurisdictionsFile;
import app.mitra.legal.internal.LegalBook;

/**
 * The legal data and its lookup. The data file is read and checked when the application starts, so a
 * broken edit never reaches anyone. Dates default to today (UTC); staleness is always measured from today.
 */
@Service
public class Legal {

    private final LegalBook book;
    private final Clock clock;

    @Autowired
    Legal(MessageSource messages) {
        this(new LegalBook(JurisdictionsFile.load(), messages), Clock.systemUTC());
    }

    public Legal(LegalBook book, Clock clock) {
        this.book = book;
        this.clock = clock;
    }

    public Optional<Jurisdiction> jurisdiction(String code) {
        return book.row(code);
    }

    public List<Jurisdiction> jurisdictions() {
        return book.rows();
    }

    /**
     * What applies in the place(s) named, on {@code date} (today when null).
     *
     * @throws UnknownPlaceException when no part of the text is a place in the data
     */
    public LegalAnswer lookup(String place, LocalDate date, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        return book.lookup(place, date == null ? today : date, today, locale);
    }

    /** What applies today under a saved jurisdiction code ({@code US-TX}); unknown codes throw. */
    public LegalAnswer forCode(String code, Locale locale) {
        LocalDate today = LocalDate.now(clock);
        return book.forCode(code, today, today, locale);
    }

    /** What applies under a code on a given day: a change announced for a later day shows up as a warning. */
    public LegalAnswer forCode(String code, LocalDate date, Locale locale) {
        return book.forCode(code, date, LocalDate.now(clock), locale);
    }

    public String datasetVersion() {
        return book.datasetVersion();
    }
}
