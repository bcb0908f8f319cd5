package app.mitra.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;

import app.mitra.accounts.Account;
import app.mitra.accounts.AccountUser;
import app.mitra.common.web.ListQuery;
import app.mitra.journal.WithdrawalInput;
import app.mitra.journal.WithdrawalSymptom;

class WithdrawalPagesTest extends JournalPagesContext {

    private String page(AccountUser person, String path) throws Exception {
        return mvc.perform(get(path).with(user(person))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void theFormOffersCommonSymptomsToRateAndRewordAndTodayLinksToIt() throws Exception {
        AccountUser person = person();
        assertThat(page(person, "/today")).contains("href=\"/withdrawal\"").contains("hx-get=\"/safety/signals\"");
        String form = page(person, "/withdrawal");
        assertThat(form).contains("value=\"Yawning\"").contains("value=\"Poor sleep\"").contains("4 extremely")
                .contains("No withdrawal check-ins yet.");
    }

    @Test
    void onlyRatedRowsAreSavedAndTheTotalShowsInTheTrend() throws Exception {
        AccountUser person = person();
        mvc.perform(post("/withdrawal").with(user(person)).with(csrf()).param("id", UUID.randomUUID().toString())
                        .param("symptom", "Yawning", "Sweating", "my own words", "")
                        .param("score", "3", "", "2", ""))
                .andExpect(redirectedUrl("/withdrawal")).andExpect(flash().attribute("flash", "flash.withdrawalSaved"));
        var stored = journal.withdrawals(person.id(), new ListQuery(Long.MIN_VALUE, Long.MAX_VALUE, 10, null)).items();
        assertThat(stored).singleElement().satisfies(w -> {
            assertThat(w.symptoms()).containsExactly(new WithdrawalSymptom("Yawning", 3),
                    new WithdrawalSymptom("my own words", 2));
            assertThat(w.total()).isEqualTo(5);
        });
        assertThat(page(person, "/withdrawal")).contains("<rect class=\"bar\"").contains("<strong>5</strong>");
        assertThat(page(person, "/history")).contains("Withdrawal total 5").contains("2 symptoms");
    }

    @Test
    void aCheckInWithNothingRatedComesBackWithWhatWasTyped() throws Exception {
        AccountUser person = person();
        String answer = mvc.perform(post("/withdrawal").with(user(person)).with(csrf())
                        .param("id", UUID.randomUUID().toString()).param("symptom", "heavy legs").param("score", "")
                        .param("note", "rough night"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("Name at least one symptom").contains("rough night");
    }

    @Test
    void anotherPersonsCheckInIsNotFoundOnEveryPage() throws Exception {
        AccountUser owner = person();
        AccountUser stranger = person();
        UUID id = journal.createWithdrawal(owner.id(), new WithdrawalInput(null, Instant.now().minusSeconds(60),
                List.of(new WithdrawalSymptom("aches", 2)), null)).value().id();
        mvc.perform(get("/withdrawal/" + id + "/edit").with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(get("/withdrawal/" + id + "/delete").with(user(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/withdrawal/" + id).with(user(stranger)).with(csrf()).param("symptom", "x")
                .param("score", "4")).andExpect(status().isNotFound());
        mvc.perform(post("/withdrawal/" + id + "/delete").with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(journal.withdrawal(owner.id(), id).total()).isEqualTo(2);
        assertThat(page(owner, "/withdrawal/" + id + "/edit")).contains("value=\"aches\"");
    }
}
