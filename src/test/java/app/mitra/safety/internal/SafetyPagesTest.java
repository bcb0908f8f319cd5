package app.mitra.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import app.mitra.safety.Findings;
import app.mitra.safety.HealthProfiles;

@SpringBootTest(properties = { "mitra.data-dir=target/test-data/safety-pages-${random.uuid}",
        "mitra.accounts.registration=open" })
@AutoConfigureMockMvc
class SafetyPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    HealthProfiles profiles;
    @Autowired
    Findings findings;

    private AccountUser person() {
        Account account = accounts.register(new Registration("s" + UUID.randomUUID().toString().substring(0, 8),
                "amber-meadow-window-6", "UTC", null));
        return new AccountUser(account.id(), account.username(), account.roles(), null);
    }

    @Test
    void theProfileFormSavesOneLinePerEntryAndScreensIt() throws Exception {
        AccountUser person = person();
        mvc.perform(post("/safety/profile").with(user(person)).with(csrf()).param("age", "46")
                .param("conditions", "").param("medications", "Xanax 0.5 mg as needed\r\nibuprofen")
                .param("substances", "a few beers at weekends").param("dailyLimitMg", "").param("maxDosesPerDay", "3"))
                .andExpect(redirectedUrl("/safety"));
        assertThat(profiles.get(person.id()).medications()).containsExactly("Xanax 0.5 mg as needed", "ibuprofen");
        assertThat(profiles.get(person.id()).maxDosesPerDay()).isEqualTo(3);
        assertThat(findings.open(person.id())).extracting(f -> f.finding().ruleId())
                .containsExactlyInAnyOrder("benzodiazepines", "alcohol");
        mvc.perform(get("/safety").with(user(person))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Benzodiazepine with kratom")))
                .andExpect(content().string(containsString("1-800-662-4357")))
                .andExpect(content().string(containsString("https://doi.org/10.1002/cpt.2891")));
        mvc.perform(get("/today").with(user(person)))
                .andExpect(content().string(containsString("Safety has 2 notes on what not to combine")));
    }

    @Test
    void unreadableNumbersComeBackBesideTheirFieldsWithWhatWasTyped() throws Exception {
        mvc.perform(post("/safety/profile").with(user(person())).with(csrf()).param("age", "forty")
                        .param("medications", "Percocet 10/325").param("maxDosesPerDay", "900"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"age-error\"")))
                .andExpect(content().string(containsString("id=\"maxDosesPerDay-error\"")))
                .andExpect(content().string(containsString("Percocet 10/325")));
    }

    @Test
    void withoutAvoidFindingsThereIsNoBannerAndNoHelpCard() throws Exception {
        AccountUser person = person();
        mvc.perform(post("/safety/profile").with(user(person)).with(csrf()).param("medications", "metformin"));
        mvc.perform(get("/today").with(user(person))).andExpect(content().string(not(containsString("class=\"notice\""))));
        mvc.perform(get("/safety").with(user(person))).andExpect(content().string(not(containsString("id=\"help\""))));
    }

    @Test
    void anotherPersonsFindingIsNotFound() throws Exception {
        AccountUser owner = person();
        mvc.perform(post("/safety/profile").with(user(owner)).with(csrf()).param("medications", "Xanax"));
        UUID id = findings.open(owner.id()).get(0).id();
        mvc.perform(post("/safety/findings/" + id + "/acknowledge").with(user(person())).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(findings.open(owner.id())).hasSize(1);
    }

    @Test
    void readingAFindingSwapsItsCardInPlaceAndTheCountGoesDownOrWithoutJavaScriptReturnsToTheSameSection()
            throws Exception {
        AccountUser person = person();
        mvc.perform(post("/safety/profile").with(user(person)).with(csrf())
                .param("medications", "Xanax 0.5 mg as needed").param("substances", "a few beers at weekends"));
        mvc.perform(get("/safety").with(user(person)))
                .andExpect(content().string(containsString("2 findings need your attention")));
        UUID first = findings.open(person.id()).get(0).id();
        String swapped = mvc.perform(post("/safety/findings/" + first + "/acknowledge").with(user(person)).with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(swapped).contains("id=\"finding-" + first + "\"").contains("Marked as read.")
                .contains("hx-swap-oob=\"true\"").contains("1 finding needs your attention")
                .doesNotContain("<html");

        UUID second = findings.open(person.id()).get(0).id();
        mvc.perform(post("/safety/findings/" + second + "/acknowledge").with(user(person)).with(csrf()))
                .andExpect(redirectedUrl("/safety#attention"));
        mvc.perform(get("/safety").with(user(person)))
                .andExpect(content().string(containsString("Nothing new needs your attention")))
                .andExpect(content().string(containsString("Read before (2)")));
    }
}
