package app.mitra.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.mitra.accounts.Account;
import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.accounts.Registration;
import app.mitra.common.web.ListQuery;
import app.mitra.journal.Dose;
import app.mitra.journal.DoseInput;
import app.mitra.journal.Journal;
import app.mitra.journal.Unit;
import app.mitra.products.Form;

/** The web app asks before saving an amount nobody takes at once, or a time ahead of now or years back. */
@SpringBootTest(properties = { "mitra.data-dir=target/test-data/journal-pages-${random.uuid}",
        "mitra.accounts.registration=open" })
@AutoConfigureMockMvc
class EntryQuestionsPagesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Journal journal;

    private AccountUser person() {
        String name = "q" + UUID.randomUUID().toString().substring(0, 8);
        Account account = accounts.register(new Registration(name, "quiet-harbour-lantern-7", "Europe/Berlin", null));
        return new AccountUser(account.id(), account.username(), account.roles(), null);
    }

    private List<Dose> doses(AccountUser person) {
        return journal.doses(person.id(), new ListQuery(Long.MIN_VALUE, Long.MAX_VALUE, 10, null)).items();
    }

    private MockHttpServletRequestBuilder dose(AccountUser person, String id, String amount) {
        return post("/doses").with(user(person)).with(csrf()).param("id", id).param("form", "POWDER")
                .param("amount", amount).param("unit", "G");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String local(Instant at) {
        return LocalDateTime.ofInstant(at, BERLIN).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    @Test
    void fiveHundredGramsAsksDidYouMeanFiveAndTheAnswerSavesFive() throws Exception {
        AccountUser person = person();
        String id = UUID.randomUUID().toString();
        String asked = page(dose(person, id, "500"));
        assertThat(asked).contains("500 g at once is far more than people report taking.")
                .contains("Did you mean 5 g?").contains("name=\"meant\"").contains("value=\"5 G\"")
                .contains("No, save 500 g as entered");
        assertThat(doses(person)).as("nothing is saved before the answer").isEmpty();

        mvc.perform(dose(person, id, "500").param("meant", "5 G")).andExpect(redirectedUrl("/today"));
        assertThat(doses(person)).extracting(Dose::amount).containsExactly(5.0);
    }

    @Test
    void savedAsEnteredTheAmountIsKeptWithAFindingAndOneTapDoesNotOfferItAgain() throws Exception {
        AccountUser person = person();
        mvc.perform(dose(person, UUID.randomUUID().toString(), "3")).andExpect(redirectedUrl("/today"));
        mvc.perform(dose(person, UUID.randomUUID().toString(), "500").param("asTyped", "1"))
                .andExpect(redirectedUrl("/today"));
        assertThat(doses(person)).extracting(Dose::amount).containsExactly(500.0, 3.0);

        String today = page(get("/today").with(user(person)));
        assertThat(today).contains("An amount to check").doesNotContain("Log 500 g").doesNotContain("Log 3 g")
                .contains("Log dose");
    }

    @Test
    void mgTypedForGramsIsAskedAboutToo() throws Exception {
        AccountUser person = person();
        String asked = page(post("/doses").with(user(person)).with(csrf()).param("id", UUID.randomUUID().toString())
                .param("form", "POWDER").param("amount", "5").param("unit", "MG"));
        assertThat(asked).contains("5 mg is far less than any amount people report taking at once.")
                .contains("Did you mean 5 g?");
    }

    @Test
    void aTimeLaterThanNowOrMoreThanAYearBackIsAskedAboutBeforeSaving() throws Exception {
        AccountUser person = person();
        String later = local(Instant.now().plus(Duration.ofHours(3)));
        String asked = page(post("/checkins").with(user(person)).with(csrf()).param("id", UUID.randomUUID().toString())
                .param("pain", "6").param("takenAt", later));
        assertThat(asked).contains("is later than now.").contains("href=\"#checkin-time\"").contains("Save it as entered");
        assertThat(journal.checkIns(person.id(), new ListQuery(Long.MIN_VALUE, Long.MAX_VALUE, 10, null)).items())
                .isEmpty();

        String longAgo = local(Instant.now().minus(Duration.ofDays(800)));
        assertThat(page(dose(person, UUID.randomUUID().toString(), "3").param("takenAt", longAgo)))
                .contains("is more than a year ago.");
        mvc.perform(dose(person, UUID.randomUUID().toString(), "3").param("takenAt", longAgo).param("asTyped", "1"))
                .andExpect(redirectedUrl("/today"));
        assertThat(doses(person)).hasSize(1);

        mvc.perform(post("/notes").with(user(person)).with(csrf()).param("id", UUID.randomUUID().toString())
                .param("text", "walked").param("takenAt", local(Instant.now().minus(Duration.ofMinutes(30)))))
                .andExpect(redirectedUrl("/today"));
    }

    @Test
    void anEditAsksOnlyAboutWhatWasChanged() throws Exception {
        AccountUser person = person();
        Instant longAgo = Instant.now().minus(Duration.ofDays(800)).truncatedTo(ChronoUnit.MINUTES);
        UUID id = journal.createDose(person.id(), new DoseInput(null, longAgo, Form.POWDER, 3.0, Unit.G, null, null,
                null, null)).value().id();
        MockHttpServletRequestBuilder edit = post("/doses/" + id).with(user(person)).with(csrf())
                .param("form", "POWDER").param("unit", "G").param("takenAt", local(longAgo));
        mvc.perform(edit.param("amount", "3.5")).andExpect(redirectedUrl("/history"));

        String asked = page(post("/doses/" + id).with(user(person)).with(csrf()).param("form", "POWDER")
                .param("unit", "G").param("takenAt", local(longAgo)).param("amount", "350"));
        assertThat(asked).contains("Did you mean 3.5 g?").doesNotContain("more than a year ago");
        assertThat(journal.dose(person.id(), id).amount()).isEqualTo(3.5);
    }
}
