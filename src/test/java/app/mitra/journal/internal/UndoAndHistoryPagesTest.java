package app.mitra.journal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.ListQuery;
import app.mitra.journal.CheckInInput;
import app.mitra.journal.DoseInput;
import app.mitra.journal.NoteInput;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.SubstanceKind;
import app.mitra.journal.SubstanceUnit;
import app.mitra.journal.Substances;
import app.mitra.journal.Unit;
import app.mitra.products.Form;
import app.mitra.products.ProductInput;
import app.mitra.products.Products;

/**
 * Undo and History for someone who uses Mitra every day: Undo beside the confirmation of a deletion and of a
 * one-tap log, Back after a deletion, History's deleted entries, daily totals and jump to a day, edits that
 * keep seconds, and the one-tap button that follows the latest dose.
 */
class UndoAndHistoryPagesTest extends JournalPagesContext {

    @Autowired
    Substances substances;
    @Autowired
    Products products;

    private Document page(AccountUser person, String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(user(person))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString());
    }

    private UUID dose(AccountUser person, Instant at, double grams) {
        return journal.createDose(person.id(), new DoseInput(null, at, Form.POWDER, grams, Unit.G, null, null, null,
                null)).value().id();
    }

    private UUID checkIn(AccountUser person, Instant at, int pain) {
        return journal.createCheckIn(person.id(), new CheckInInput(null, at, pain, null, null, null, null, null, null,
                null, null, null, null)).value().id();
    }

    private String undo(MvcResult result) {
        return (String) result.getFlashMap().get("undo");
    }

    @Test
    void aOneTapDoseOffersUndoWhichDeletesItAndThenOffersToRestoreIt() throws Exception {
        AccountUser person = person();
        MvcResult logged = mvc.perform(post("/doses").with(user(person)).with(csrf())
                        .param("id", UUID.randomUUID().toString()).param("form", "POWDER").param("amount", "2.5")
                        .param("unit", "G"))
                .andExpect(redirectedUrl("/today")).andExpect(flash().attribute("flash", "flash.doseSaved")).andReturn();
        UUID id = journal.lastDose(person.id()).orElseThrow().id();
        assertThat(undo(logged)).isEqualTo("/doses/" + id + "/delete");

        // the layout shows the flash with a plain form, so Undo works without JavaScript
        Document today = Jsoup.parse(mvc.perform(get("/today").with(user(person))
                        .cookie(logged.getResponse().getCookie("SESSION")))
                .andReturn().getResponse().getContentAsString());
        assertThat(today.select("p.flash").text()).isEqualTo("Dose saved.");
        assertThat(today.select("form.undo").attr("action")).isEqualTo("/doses/" + id + "/delete");
        assertThat(today.select("form.undo").attr("method")).isEqualTo("post");
        assertThat(today.select("form.undo button").text()).isEqualTo("Undo");

        MvcResult undone = mvc.perform(post(undo(logged)).with(user(person)).with(csrf()))
                .andExpect(redirectedUrl("/today")).andExpect(flash().attribute("flash", "flash.doseDeleted")).andReturn();
        assertThat(journal.lastDose(person.id())).isEmpty();
        assertThat(undo(undone)).isEqualTo("/doses/" + id + "/restore");

        mvc.perform(post(undo(undone)).with(user(person)).with(csrf()))
                .andExpect(redirectedUrl("/today")).andExpect(flash().attribute("flash", "flash.restored.dose"));
        assertThat(journal.dose(person.id(), id).amount()).isEqualTo(2.5);
    }

    @Test
    void oneDrinkOffersUndoToo() throws Exception {
        AccountUser person = person();
        MvcResult logged = mvc.perform(post("/substances").with(user(person)).with(csrf())
                        .param("id", UUID.randomUUID().toString()).param("kind", "ALCOHOL").param("amount", "1"))
                .andExpect(redirectedUrl("/today")).andReturn();
        assertThat(undo(logged)).startsWith("/substances/").endsWith("/delete");
        mvc.perform(post(undo(logged)).with(user(person)).with(csrf())).andExpect(redirectedUrl("/today"))
                .andExpect(flash().attribute("flash", "flash.substanceDeleted"));
        assertThat(substances.list(person.id(), new ListQuery(Long.MIN_VALUE, Long.MAX_VALUE, 10, null)).items())
                .isEmpty();
    }

    @Test
    void backAfterADeletionShowsWhatWasDeletedAndOffersToRestoreIt() throws Exception {
        AccountUser person = person();
        UUID id = dose(person, Instant.parse("2026-03-01T07:30:00Z"), 2.0);
        mvc.perform(post("/doses/" + id + "/delete").with(user(person)).with(csrf())).andExpect(redirectedUrl("/history"));

        // Back leads to the confirmation page, a second tap on Delete posts again, an old tab has the edit form
        for (var request : List.of(get("/doses/" + id + "/delete"), get("/doses/" + id + "/edit"),
                post("/doses/" + id + "/delete").with(csrf()))) {
            mvc.perform(request.with(user(person))).andExpect(redirectedUrl("/doses/" + id + "/deleted"));
        }
        Document deleted = page(person, "/doses/" + id + "/deleted");
        assertThat(deleted.select("h1").text()).isEqualTo("This dose was deleted");
        assertThat(deleted.select("li.entry").text()).contains("Dose 2 g");
        assertThat(deleted.select("main form").attr("action")).isEqualTo("/doses/" + id + "/restore");
        assertThat(deleted.text()).doesNotContain("not here");

        // someone else's id stays not found
        mvc.perform(get("/doses/" + id + "/deleted").with(user(person()))).andExpect(status().isNotFound());
        mvc.perform(post("/doses/" + id + "/restore").with(user(person())).with(csrf())).andExpect(status().isNotFound());

        mvc.perform(post("/doses/" + id + "/restore").with(user(person)).with(csrf())).andExpect(redirectedUrl("/history"));
        // once restored, the deleted page leads to the entry again
        mvc.perform(get("/doses/" + id + "/deleted").with(user(person))).andExpect(redirectedUrl("/doses/" + id + "/edit"));
    }

    @Test
    void historyListsWhatWasDeletedWithinTheDayAndRestoresIt() throws Exception {
        AccountUser person = person();
        UUID note = journal.createNote(person.id(), new NoteInput(null,
                Instant.parse("2026-03-01T07:30:00Z"), "Long walk", null, "meh", List.of())).value().id();
        UUID checkIn = checkIn(person, Instant.parse("2026-03-01T09:30:00Z"), 4);
        mvc.perform(post("/notes/" + note + "/delete").with(user(person)).with(csrf()));
        mvc.perform(post("/checkins/" + checkIn + "/delete").with(user(person)).with(csrf()));

        Document history = page(person, "/history");
        assertThat(history.select("details.deleted summary").text()).isEqualTo("Deleted in the last day (2)");
        assertThat(history.select(".deleted-entry li.entry").eachText()).hasSize(2);
        assertThat(history.select(".deleted-entry").first().text()).contains("Pain 4/10", "From 1 Mar, deleted at");
        assertThat(history.select(".deleted-entry form").eachAttr("action"))
                .containsExactly("/checkins/" + checkIn + "/restore", "/notes/" + note + "/restore");
        assertThat(history.select(".card:not(.deleted) li.entry")).isEmpty();

        mvc.perform(post("/notes/" + note + "/restore").with(user(person)).with(csrf()).param("back", "history"))
                .andExpect(redirectedUrl("/history")).andExpect(flash().attribute("flash", "flash.restored.note"));
        history = page(person, "/history");
        assertThat(history.select("details.deleted summary").text()).isEqualTo("Deleted in the last day (1)");
        assertThat(history.select(".card:not(.deleted) li.entry").text()).contains("Long walk");
    }

    @Test
    void anEditThatLeavesTheTimeAloneKeepsItsSecondsAndTheOrderOfTheDay() throws Exception {
        AccountUser person = person();
        Instant taken = Instant.parse("2026-03-01T07:30:45.250Z");
        UUID id = dose(person, taken, 2.0);
        UUID later = checkIn(person, taken.plusSeconds(5), 5);

        Document form = page(person, "/doses/" + id + "/edit");
        String shown = form.select("#takenAt").val();
        assertThat(shown).isEqualTo("2026-03-01T08:30");
        mvc.perform(post("/doses/" + id).with(user(person)).with(csrf()).param("form", "POWDER").param("amount", "3")
                .param("unit", "G").param("takenAt", shown)).andExpect(redirectedUrl("/history"));
        assertThat(journal.dose(person.id(), id).takenAt()).isEqualTo(taken);
        assertThat(page(person, "/history").select("li.entry").eachAttr("class"))
                .containsExactly("entry is-checkin", "entry is-dose");

        // a check-in's edit keeps them too
        mvc.perform(post("/checkins/" + later).with(user(person)).with(csrf()).param("pain", "6")
                .param("takenAt", "2026-03-01T08:30")).andExpect(redirectedUrl("/history"));
        assertThat(journal.checkIn(person.id(), later).takenAt()).isEqualTo(taken.plusSeconds(5));

        // a time changed in the form is the time typed
        mvc.perform(post("/doses/" + id).with(user(person)).with(csrf()).param("form", "POWDER").param("amount", "3")
                .param("unit", "G").param("takenAt", "2026-03-01T08:31"));
        assertThat(journal.dose(person.id(), id).takenAt()).isEqualTo(Instant.parse("2026-03-01T07:31:00Z"));
    }

    private String oneTap(AccountUser person) throws Exception {
        return page(person, "/today").select("#log-dose button.primary").text();
    }

    @Test
    void theOneTapButtonFollowsTheLatestDoseThroughAnEditAndADeletion() throws Exception {
        AccountUser person = person();
        Instant now = Instant.now();
        dose(person, now.minus(Duration.ofHours(3)), 2.0);
        UUID latest = dose(person, now.minus(Duration.ofMinutes(30)), 2.5);
        // logged ahead of time: not "last time" yet
        dose(person, now.plus(Duration.ofHours(3)), 9.0);
        assertThat(oneTap(person)).isEqualTo("Log 2.5 g");

        String time = page(person, "/doses/" + latest + "/edit").select("#takenAt").val();
        mvc.perform(post("/doses/" + latest).with(user(person)).with(csrf()).param("form", "POWDER")
                .param("amount", "3").param("unit", "G").param("takenAt", time));
        assertThat(oneTap(person)).isEqualTo("Log 3 g");

        mvc.perform(post("/doses/" + latest + "/delete").with(user(person)).with(csrf()));
        assertThat(oneTap(person)).isEqualTo("Log 2 g");
    }

    @Test
    void historyShowsEachDaysTotalsAndCheckInsShowTheirMoodAndBodySites() throws Exception {
        AccountUser person = person();
        UUID caps = products.create(person.id(), new ProductInput(null, "Green caps", null, null, null, Form.CAPSULES,
                500, null, 8.0)).value().id();
        Instant morning = Instant.parse("2026-03-01T07:00:00Z");
        dose(person, morning, 2.0);
        journal.createDose(person.id(), new DoseInput(null, morning.plus(Duration.ofHours(5)), Form.CAPSULES, 2.0,
                Unit.CAPSULES, caps, null, null, null));
        substances.create(person.id(), new SubstanceInput(null, morning.plus(Duration.ofHours(11)), SubstanceKind.ALCOHOL,
                "beer", 1.5, SubstanceUnit.DRINKS, null));
        journal.createCheckIn(person.id(), new CheckInInput(null, morning.plus(Duration.ofHours(1)), 3, null,
                List.of("lower back", "left knee"), null, null, 7, null, null, null, null, null));
        checkIn(person, morning.plus(Duration.ofHours(6)), 6);
        // a PEG's pain is the past week's average, not a rating of this day
        journal.createCheckIn(person.id(), new CheckInInput(null, morning.plus(Duration.ofHours(12)), 9, null, null,
                4, 4, null, null, null, null, null, null));
        dose(person, morning.minus(Duration.ofDays(1)), 0.5);

        Document history = page(person, "/history");
        assertThat(history.select(".day-totals").eachText()).containsExactly(
                "2 doses, 3 g mitragynine at least 16 mg (known for 1 of 2 doses) 1.5 drinks"
                        + " pain 4.5 on average, 3 to 6 (2 ratings)",
                "1 dose, 500 mg");
        assertThat(history.select("li.is-checkin:contains(mood 7/10)").text()).contains("lower back, left knee");
    }

    @Test
    void historyJumpsToADayWithoutScript() throws Exception {
        AccountUser person = person();
        for (int day = 1; day <= 20; day++) {
            if (day != 5) {
                dose(person, Instant.parse("2026-02-01T10:00:00Z").plus(Duration.ofDays(day)), 1.0);
            }
        }
        Document jumped = page(person, "/history?date=2026-02-10");
        assertThat(jumped.select("form.jump").attr("method")).isEqualTo("get");
        assertThat(jumped.select("#history-date").val()).isEqualTo("2026-02-10");
        assertThat(jumped.select(".card h2").first().text()).isEqualTo("Tuesday 10 February");
        assertThat(jumped.select(".card h2").eachText()).doesNotContain("Wednesday 11 February");
        assertThat(jumped.select("details.deleted")).isEmpty();

        Document quiet = page(person, "/history?date=2026-02-06");
        assertThat(quiet.text()).contains("Nothing was logged on Friday 6 February. Earlier entries follow.");
        assertThat(quiet.select(".card h2").first().text()).isEqualTo("Thursday 5 February");
        assertThat(page(person, "/history?date=2026-02-01").text())
                .contains("Nothing was logged on Sunday 1 February or before.");

        Document unreadable = page(person, "/history?date=31.02.2026");
        assertThat(unreadable.select("#date-error").text()).isNotEmpty();
        assertThat(unreadable.select(".card h2").first().text()).isEqualTo("Saturday 21 February");
    }
}
