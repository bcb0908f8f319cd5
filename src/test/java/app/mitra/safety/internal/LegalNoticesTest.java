package app.mitra.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import app.mitra.journal.TodayNotices.Notice;
import app.mitra.legal.Legal;
import app.mitra.legal.internal.JurisdictionsFile;
import app.mitra.legal.internal.LegalBook;
import app.mitra.safety.HealthProfile;
import app.mitra.safety.HealthProfiles;

/** Today's line about the law where a person lives reads right on the day it is shown. */
class LegalNoticesTest {

    private static final UUID PERSON = UUID.randomUUID();

    private static List<Notice> on(LocalDate today, String jurisdiction) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        HealthProfiles profiles = mock(HealthProfiles.class);
        when(profiles.get(PERSON)).thenReturn(new HealthProfile("UTC", null, List.of(), List.of(), List.of(),
                jurisdiction, null, null));
        Legal legal = new Legal(new LegalBook(JurisdictionsFile.load(), messages),
                Clock.fixed(today.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
        return new LegalNotices(profiles, legal).noticesFor(PERSON);
    }

    @Test
    void aChangeExpectedThisYearIsAboutToHappenUntilTheYearIsOverThenItMayHaveHappened() {
        // Michigan: a statewide ban "expected 2026".
        assertThat(on(LocalDate.of(2026, 12, 4), "US-MI")).extracting(Notice::message)
                .containsExactly("legal.banner.changing");
        assertThat(on(LocalDate.of(2027, 1, 2), "US-MI")).extracting(Notice::message)
                .containsExactly("legal.banner.mayHaveChanged");
    }
}
