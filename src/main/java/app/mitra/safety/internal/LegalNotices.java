package app.mitra.safety.internal;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.journal.TodayNotices;
import app.mitra.legal.Legal;
import app.mitra.legal.LegalAnswer;
import app.mitra.legal.LegalStatus;
import app.mitra.legal.Level;
import app.mitra.safety.HealthProfiles;

/**
 * One calm line on Today when kratom is banned where the person lives, or when a change there is
 * announced (or was expected by a day now past, so it may have happened). A change only at the national level of a country with states (the US federal 7-OH
 * notice) is left to the travel check, so it does not sit on every American's Today.
 */
@Component
class LegalNotices implements TodayNotices {

    private final HealthProfiles profiles;
    private final Legal legal;

    LegalNotices(HealthProfiles profiles, Legal legal) {
        this.profiles = profiles;
        this.legal = legal;
    }

    @Override
    public List<Notice> noticesFor(UUID userId) {
        String code = profiles.get(userId).jurisdiction();
        if (code == null || legal.jurisdiction(code).isEmpty()) {
            return List.of();
        }
        LegalAnswer answer = legal.forCode(code, Locale.ENGLISH);
        String name = answer.places().get(0).name();
        String link = "/legal/travel?place=" + code;
        if (answer.status() == LegalStatus.BANNED) {
            return List.of(new Notice("legal.banner.banned", List.of(name), link));
        }
        boolean local = answer.codes().size() == 1;
        List<LegalAnswer.Announced> here = answer.announced().stream()
                .filter(change -> local || change.level() != Level.COUNTRY).toList();
        if (here.stream().anyMatch(change -> !change.expectedPassed())) {
            return List.of(new Notice("legal.banner.changing", List.of(name), link));
        }
        return here.isEmpty() ? List.of() : List.of(new Notice("legal.banner.mayHaveChanged", List.of(name), link));
    }
}
