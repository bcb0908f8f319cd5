package app.mitra.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import app.mitra.testing.Browser;
import app.mitra.testing.LivedInJournal;
import app.mitra.testing.MitraOnSqlite;

/**
 * The Insights page over HTTP, read as a person reads it: each panel's first sentence, for a
 * lived-in journal, a new one and small journals just below and above what an estimate needs.
 */
@MitraOnSqlite
class InsightsPageIT {

    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(20);

    @LocalServerPort
    int port;

    private Document page(User user, String query) {
        Browser browser = new Browser(port);
        browser.signIn(user.username(), Api.PASSWORD);
        HttpResponse<String> answer = browser.get("/insights" + query);
        assertThat(answer.statusCode()).isEqualTo(200);
        return Jsoup.parse(answer.body());
    }

    private static String lead(Document page, String panel) {
        return page.selectFirst("#" + panel + " .sentence").text();
    }

    /** A dose of {@code grams} on day {@code day} after DAY at 8:00, rated 20 minutes before and 100 after. */
    private static void ratedDose(Api api, User user, int day, String productId, double grams, int before, int after) {
        Instant at = DAY.plusDays(day).atTime(8, 0).toInstant(ZoneOffset.UTC);
        checkIn(api, user, at.minus(20, ChronoUnit.MINUTES), before);
        String product = productId == null ? "" : ", \"productId\": \"" + productId + "\"";
        assertThat(api.post(user, "/api/v1/doses", """
                {"takenAt": "%s", "form": "POWDER", "amount": %s, "unit": "g"%s}""".formatted(at, grams, product))
                .status()).isEqualTo(201);
        checkIn(api, user, at.plus(100, ChronoUnit.MINUTES), after);
    }

    private static void checkIn(Api api, User user, Instant at, int pain) {
        assertThat(api.post(user, "/api/v1/checkins", "{\"takenAt\": \"" + at + "\", \"pain\": " + pain + "}").status())
                .isEqualTo(201);
    }

    private static String product(Api api, User user, String name) {
        return api.post(user, "/api/v1/products", "{\"name\": \"" + name + "\", \"form\": \"POWDER\"}").text("id");
    }

    @Test
    void aLivedInJournalReadsInPlainSentencesOverItsOwnSixtyDays() {
        Api api = new Api(port);
        User user = api.newUser();
        LivedInJournal.write(api, user);

        Document page = page(user, "");
        assertThat(page.getElementById("from").attr("value"))
                .isEqualTo(LivedInJournal.today().minusDays(LivedInJournal.DAYS - 1L).toString());
        // The synthetic pain of the lived-in journal rises after the morning and noon doses.
        assertThat(lead(page, "relief"))
                .isEqualTo("On average your pain was 1.3 points higher 45 minutes to 4 hours after a dose (172 doses).");
        assertThat(page.select("#relief .sentences li").eachText()).containsExactly(
                "Your pain was usually at its lowest about 105 minutes after a dose.",
                "8 doses in these days had no pain rating close enough before or after. A check-in about 90 minutes"
                        + " after a dose fills the gap.");
        assertThat(lead(page, "products"))
                .isEqualTo("Red Bali went with 2.0 more points of relief than Green Malay caps (120 doses).");
        assertThat(page.select("#products .sentences li").eachText())
                .contains("Red Bali: no clear change in your pain after a dose (60 doses).");
        assertThat(lead(page, "correlations"))
                .isEqualTo("No clear link between how much you took on a day and your pain the next day (59 days).");
        assertThat(lead(page, "trend-pain")).startsWith("You rated your pain on 60 of 60 days; it averaged ");
        assertThat(lead(page, "trend-amounts"))
                .isEqualTo("You took kratom on 60 of 60 days: 180 doses, 7.5 g a day on average on those days.");
        // Statistics' names stay behind "How this was worked out".
        page.select("details.how").remove();
        assertThat(page.select("main").text()).doesNotContain("Theil-Sen").doesNotContain("Spearman")
                .doesNotContain("rank correlation").doesNotContain("No dose had").doesNotContain("null");
        assertThat(page.select("figure.chart").eachAttr("id")).containsExactly("chart-products", "chart-doseResponse",
                "chart-pain", "chart-amounts", "chart-peg");
    }

    @Test
    void aNewJournalSaysWhatToLogAndDrawsNothing() {
        Api api = new Api(port);
        User user = api.newUser();
        Document page = page(user, "");
        assertThat(lead(page, "relief"))
                .isEqualTo("Not enough doses with a pain rating before and after yet: 0 of the 5 needed.");
        assertThat(page.select("#relief .sentences li").eachText())
                .containsExactly("Log your pain before a dose and about 90 minutes after.");
        assertThat(lead(page, "trend-peg")).isEqualTo("No weekly PEG check-in in these days.");
        assertThat(page.select("canvas")).isEmpty();
        assertThat(page.select("#trends .table-scroll")).isEmpty();
    }

    @Test
    void fourRatedDosesAreOneShortOfTheFiveNeeded() {
        Api api = new Api(port);
        User user = api.newUser();
        for (int day = 0; day < 4; day++) {
            ratedDose(api, user, day, null, 2, 7, 4);
        }
        Document page = page(user, "?from=" + DAY + "&to=" + DAY.plusDays(10));
        assertThat(lead(page, "relief"))
                .isEqualTo("Not enough doses with a pain rating before and after yet: 4 of the 5 needed.");
        assertThat(lead(page, "trend-pain")).isEqualTo("You rated your pain on 4 of 11 days; it averaged 5.5 (lowest 4,"
                + " highest 7).");
        assertThat(page.select("figure.chart").eachAttr("id")).containsExactly("chart-pain", "chart-amounts");
    }

    @Test
    void twoProductsWithTheSameReliefShowNoClearDifference() {
        Api api = new Api(port);
        User user = api.newUser();
        String first = product(api, user, "Green Maeng Da");
        String second = product(api, user, "White Borneo");
        int[] after = {4, 3, 5, 4, 3, 5, 4, 3};
        for (int day = 0; day < after.length; day++) {
            ratedDose(api, user, 2 * day, first, 2, 7, after[day]);
            ratedDose(api, user, 2 * day + 1, second, 2, 7, after[(day + 1) % after.length]);
        }
        Document page = page(user, "?from=" + DAY + "&to=" + DAY.plusDays(20));
        assertThat(lead(page, "products")).isEqualTo("No clear difference in relief between your products (16 doses).");
        assertThat(page.select("#products .sentences li").eachText()).containsExactly(
                "Green Maeng Da: on average your pain was 3.1 points lower after a dose (8 doses).",
                "White Borneo: on average your pain was 3.1 points lower after a dose (8 doses).",
                "No clear difference between Green Maeng Da and White Borneo.");
        assertThat(lead(page, "relief"))
                .isEqualTo("On average your pain was 3.1 points lower 45 minutes to 4 hours after a dose (16 doses).");
        assertThat(lead(page, "dose-response")).isEqualTo(
                "Your doses with a pain rating before and after are too alike in size to compare (16 doses).");
        assertThat(page.select("#products details.how li").eachText()).anyMatch(line -> line.startsWith(
                "Green Maeng Da minus White Borneo: 0.0 points, 95% interval"));
    }
}
