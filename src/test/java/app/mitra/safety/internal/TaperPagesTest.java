package app.mitra.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import app.mitra.accounts.Account;
import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.accounts.Registration;
import app.mitra.safety.Tapers;

@SpringBootTest(properties = { "mitra.data-dir=target/test-data/taper-pages-${random.uuid}",
        "mitra.accounts.registration=open" })
@AutoConfigureMockMvc
class TaperPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Tapers tapers;

    private AccountUser person() {
        String name = "t" + UUID.randomUUID().toString().substring(0, 8);
        Account account = accounts.register(new Registration(name, "quiet-harbour-lantern-7", "UTC", null));
        return new AccountUser(account.id(), account.username(), account.roles(), null);
    }

    private String page(AccountUser person, String path) throws Exception {
        return mvc.perform(get(path).with(user(person))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void withoutAPlanTheFormSuggestsNothingAndHelpIsOnThePage() throws Exception {
        String taper = page(person(), "/taper");
        assertThat(taper).contains("Mitra does not suggest amounts or a pace").contains("id=\"startMg\"")
                .contains("tel:+18006624357").contains("sms:988")
                .doesNotContainPattern("name=\"(startMg|reduction|stepDays|startDate|endMg)\"[^>]*value=\"[^\"]+\"");
        assertThat(taper).doesNotContain("checked=\"checked\"");
    }

    @Test
    void aRefusedPlanComesBackWithTheFieldsToFixAndWhatWasTyped() throws Exception {
        AccountUser person = person();
        String answer = mvc.perform(post("/taper").with(user(person)).with(csrf()).param("startMg", "4000")
                        .param("reductionKind", "percent").param("reduction", "150").param("stepDays", "seven")
                        .param("startDate", ""))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("Must be more than 0 and at most 100").contains("Please enter a whole number.")
                .contains("Is required (a date like 2026-12-01)").contains("value=\"4000\"");
        assertThat(tapers.find(person.id())).isEmpty();
    }

    @Test
    void aSavedPlanShowsTodaysTargetAndCanBePausedTwiceWithoutHarm() throws Exception {
        AccountUser person = person();
        mvc.perform(post("/taper").with(user(person)).with(csrf()).param("startMg", "3000")
                        .param("reductionKind", "mg").param("reduction", "1000").param("stepDays", "7")
                        .param("startDate", LocalDate.now().minusDays(1).toString()))
                .andExpect(redirectedUrl("/taper")).andExpect(flash().attribute("flash", "flash.taperSaved"));
        assertThat(page(person, "/taper")).contains("Today&#39;s target: 3,000 mg").contains("step 1 of 4");
        mvc.perform(post("/taper/pause").with(user(person)).with(csrf()))
                .andExpect(flash().attribute("flash", "flash.taperPaused"));
        mvc.perform(post("/taper/pause").with(user(person)).with(csrf()))
                .andExpect(flash().attribute("flash", "flash.alreadySaved"));
        assertThat(page(person, "/safety/signals")).contains("Paused since").contains("/taper");
        mvc.perform(post("/taper/end").with(user(person)).with(csrf()))
                .andExpect(flash().attribute("flash", "flash.taperEnded"));
        assertThat(tapers.find(person.id())).isEmpty();
    }

    @Test
    void theSignalsBoxIsEmptyWithoutSignalsOrAPlan() throws Exception {
        assertThat(page(person(), "/safety/signals")).contains("class=\"signals-none\"").doesNotContain("<h2");
    }

    @Test
    void theHelpFragmentStandsOnItsOwn() throws Exception {
        assertThat(page(person(), "/safety/help")).contains("SAMHSA").contains("988 Suicide &amp; Crisis Lifeline");
    }
}
