package app.mitra.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.ListQuery;
import app.mitra.journal.CheckInInput;
import app.mitra.journal.DoseInput;
import app.mitra.journal.Unit;
import app.mitra.products.Form;

class JournalPagesTest extends JournalPagesContext {

    @Test
    void theRootLeadsToTodayAndTodayNeedsSigningIn() throws Exception {
        mvc.perform(get("/").with(user(person()))).andExpect(redirectedUrl("/today"));
        mvc.perform(get("/today")).andExpect(status().isFound()).andExpect(redirectedUrl("/login?return=%2Ftoday"));
    }

    @Test
    void aLoggedDoseIsSavedAndOfferedAgainInOneTap() throws Exception {
        AccountUser person = person();
        mvc.perform(post("/doses").with(user(person)).with(csrf()).param("id", UUID.randomUUID().toString())
                        .param("form", "POWDER").param("amount", "2,5").param("unit", "G"))
                .andExpect(redirectedUrl("/today")).andExpect(flash().attribute("flash", "flash.doseSaved"));

        String today = mvc.perform(get("/today").with(user(person))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(today).contains("Dose 2.5 g").contains("2,500 mg").contains("Log 2.5 g");
    }

    @Test
    void sendingTheSameDoseFormTwiceLogsOneDose() throws Exception {
        AccountUser person = person();
        String id = UUID.randomUUID().toString();
        for (String flash : new String[] {"flash.doseSaved", "flash.alreadySaved"}) {
            mvc.perform(post("/doses").with(user(person)).with(csrf()).param("id", id).param("form", "POWDER")
                            .param("amount", "3").param("unit", "G"))
                    .andExpect(redirectedUrl("/today")).andExpect(flash().attribute("flash", flash));
        }
        assertThat(journal.doses(person.id(), new ListQuery(Long.MIN_VALUE, Long.MAX_VALUE, 10,
                null)).items()).hasSize(1);
    }

    @Test
    void aRefusedDoseShowsEachProblemNextToItsFieldAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/doses").with(user(person())).with(csrf()).param("form", "POWDER").param("amount", "lots")
                        .param("unit", "G").param("takenAt", "yesterday"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"amount-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Please enter a number, like 2.5.")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"takenAt-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"lots\"")));
    }

    @Test
    void aPegCheckInShowsItsMeanOnToday() throws Exception {
        AccountUser person = person();
        mvc.perform(post("/checkins").with(user(person)).with(csrf()).param("pain", "6").param("enjoyment", "5")
                .param("activity", "4").param("symptom", "nausea", "").param("severity", "3", ""))
                .andExpect(redirectedUrl("/today"));
        String today = mvc.perform(get("/today").with(user(person))).andReturn().getResponse().getContentAsString();
        assertThat(today).contains("Pain 6/10").contains("PEG 5");
    }

    @Test
    void aCheckInWithOnlyHalfThePegItemsIsRefusedWithTheReason() throws Exception {
        mvc.perform(post("/checkins").with(user(person())).with(csrf()).param("pain", "6").param("enjoyment", "5"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"activity-error\"")));
    }

    @Test
    void formsWithoutTheCsrfTokenAreRefusedAndLeadBackToTheirPage() throws Exception {
        AccountUser person = person();
        mvc.perform(post("/doses").with(user(person)).header("Referer", "http://localhost/today")
                        .param("form", "POWDER").param("amount", "3").param("unit", "G"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/today"));
        assertThat(journal.doses(person.id(), ListQuery.parse(null, null, null, null, ZoneOffset.UTC)).items())
                .as("nothing stored").isEmpty();
    }

    @Test
    void anotherPersonsEntriesAreNotFoundAndTheErrorPageShowsNoInternals() throws Exception {
        AccountUser owner = person();
        UUID doseId = journal.createDose(owner.id(), new DoseInput(null, Instant.now(), Form.POWDER, 2.0, Unit.G,
                null, null, null, null)).value().id();
        UUID checkInId = journal.createCheckIn(owner.id(), new CheckInInput(null, Instant.now(), 4, null, null, null,
                null, null, null, null, null, null, null)).value().id();
        AccountUser stranger = person();

        for (String path : new String[] {"/doses/" + doseId + "/edit", "/doses/" + doseId + "/delete",
                "/checkins/" + checkInId + "/edit", "/checkins/" + checkInId + "/delete"}) {
            String page = mvc.perform(get(path).with(user(stranger))).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).doesNotContain(doseId.toString()).doesNotContain("Exception");
        }
        mvc.perform(post("/doses/" + doseId + "/delete").with(user(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(journal.dose(owner.id(), doseId)).isNotNull();
    }

    @Test
    void aDoseIsEditedInThePersonsZoneAndDeletedAfterConfirming() throws Exception {
        AccountUser person = person();
        UUID doseId = journal.createDose(person.id(), new DoseInput(null, Instant.parse("2026-01-10T07:30:00Z"),
                Form.POWDER, 2.0, Unit.G, null, null, null, null)).value().id();

        mvc.perform(get("/doses/" + doseId + "/edit").with(user(person)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"2026-01-10T08:30\"")));
        mvc.perform(post("/doses/" + doseId).with(user(person)).with(csrf()).param("form", "POWDER")
                        .param("amount", "3").param("unit", "G").param("takenAt", "2026-01-10T09:00"))
                .andExpect(redirectedUrl("/history")).andExpect(flash().attribute("flash", "flash.doseUpdated"));
        assertThat(journal.dose(person.id(), doseId).takenAt()).isEqualTo(Instant.parse("2026-01-10T08:00:00Z"));
        assertThat(journal.dose(person.id(), doseId).amount()).isEqualTo(3.0);

        mvc.perform(get("/doses/" + doseId + "/delete").with(user(person)))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Delete this dose?")));
        mvc.perform(post("/doses/" + doseId + "/delete").with(user(person)).with(csrf()))
                .andExpect(redirectedUrl("/history"));
        mvc.perform(get("/doses/" + doseId + "/edit").with(user(person)))
                .andExpect(redirectedUrl("/doses/" + doseId + "/deleted"));
    }

    @Test
    void historyGroupsByDayFiltersByTypeAndPagesWithTheCursor() throws Exception {
        AccountUser person = person();
        for (int day = 1; day <= 45; day++) {
            journal.createDose(person.id(), new DoseInput(null, Instant.parse("2026-01-01T10:00:00Z").plusSeconds(day * 86_400L),
                    Form.POWDER, 1.0, Unit.G, null, null, null, null));
        }
        journal.createCheckIn(person.id(), new CheckInInput(null, Instant.parse("2026-02-20T10:00:00Z"), 3, null, null,
                null, null, null, null, null, null, null, null));

        String first = mvc.perform(get("/history").with(user(person))).andReturn().getResponse().getContentAsString();
        assertThat(first).contains("Pain 3/10").contains("Older entries").contains("Friday 20 February");
        String doses = mvc.perform(get("/history").param("type", "doses").with(user(person)))
                .andReturn().getResponse().getContentAsString();
        assertThat(doses).doesNotContain("Pain 3/10");
        String cursor = org.jsoup.Jsoup.parse(doses).select("a.button").attr("href").replaceAll(".*cursor=", "");
        String older = mvc.perform(get("/history").param("type", "doses").param("cursor", cursor).with(user(person)))
                .andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(older).select("li.entry")).hasSize(5);
        assertThat(older).doesNotContain("Older entries");
    }
}
