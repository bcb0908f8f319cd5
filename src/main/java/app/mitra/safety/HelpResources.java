package app.mitra.safety;

import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;

import app.mitra.safety.internal.HelpBook;

/**
 * Help lines for a person's country, from the data file read (and checked) at start-up. A
 * jurisdiction code's first two letters are its country ({@code US-TX} is in {@code US}).
 */
@Service
public class HelpResources {

    private final HelpBook book = HelpBook.load();
    private final HealthProfiles profiles;

    HelpResources(HealthProfiles profiles) {
        this.profiles = profiles;
    }

    public Help forJurisdiction(String jurisdiction) {
        String country = jurisdiction == null || jurisdiction.length() < 2 ? null
                : jurisdiction.substring(0, 2).toUpperCase(Locale.ROOT);
        HelpBook.Country found = country == null ? null : book.countries().get(country);
        if (found != null) {
            return new Help(country, found.name(), false, found.resources(), book.asOf());
        }
        HelpBook.Country fallback = book.countries().get(book.fallbackCountry());
        return new Help(book.fallbackCountry(), fallback.name(), true, fallback.resources(), book.asOf());
    }

    public Help forUser(UUID userId) {
        return forJurisdiction(profiles.get(userId).jurisdiction());
    }

    public String version() {
        return book.version();
    }
}
