package app.mitra.legal.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;

import app.mitra.legal.LegalAnswer;

/** One legal book over the real data file for the lookup tests, with today fixed to the data's own date. */
final class Lookups {

    static final LocalDate DATA_DATE = LocalDate.of(2026, 8, 25);
    static final LegalBook BOOK = new LegalBook(JurisdictionsFile.load(), messages());

    private Lookups() {
    }

    static LegalAnswer lookup(String place) {
        return BOOK.lookup(place, DATA_DATE, DATA_DATE, Locale.ENGLISH);
    }

    static LegalAnswer lookup(String place, String date) {
        return BOOK.lookup(place, LocalDate.parse(date), DATA_DATE, Locale.ENGLISH);
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
