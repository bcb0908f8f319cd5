package app.mitra.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import app.mitra.insights.InsightsReport;
import app.mitra.insights.InsightsReport.Correlation;
import app.mitra.insights.InsightsReport.Day;
import app.mitra.insights.InsightsReport.Difference;
import app.mitra.insights.InsightsReport.DoseResponse;
import app.mitra.insights.InsightsReport.Escalation;
import app.mitra.insights.InsightsReport.GroupRelief;
import app.mitra.insights.InsightsReport.ReliefPerDose;
import app.mitra.insights.InsightsReport.Tolerance;
import app.mitra.insights.InsightsReport.Trend;
import app.mitra.insights.InsightsReport.Week;
import app.mitra.insights.InsightsReport.Window;
import app.mitra.insights.internal.InsightsWords.Words;

/**
 * The rules of the plain words, one report at a time: the direction a sentence names follows the
 * interval, never the average alone; an empty panel says what to log; statistics stay behind "how".
 */
class InsightsWordsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);
    private static final InsightsWords WORDS = new InsightsWords(messages(), Locale.ENGLISH);

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static ReliefPerDose relief(int n, Double mean, Double low, Double high) {
        return new ReliefPerDose(n, 0, mean, low, high, mean == null, mean == null ? null : Statistics.BOOTSTRAP,
                mean == null ? null : 95);
    }

    private static GroupRelief group(String name, int n, Double mean, Double low, Double high) {
        return new GroupRelief(null, name, n, mean, low, high, mean == null, mean == null ? null : Statistics.BOOTSTRAP);
    }

    private static Tolerance tolerance(Double slope, Double low, Double high, Escalation escalation) {
        int n = slope == null ? 3 : 20;
        List<Window> windows = List.of(new Window(TODAY.minusDays(89), TODAY.minusDays(60), n, slope == null ? null : 1.1),
                new Window(TODAY.minusDays(59), TODAY.minusDays(30), n, slope == null ? null : 1.0),
                new Window(TODAY.minusDays(29), TODAY, n, slope == null ? null : 0.9));
        return new Tolerance(false, slope, low, high, slope == null ? 0 : 60, slope == null, Statistics.LEAST_SQUARES,
                "materialMg", 1000, windows, escalation);
    }

    private static Escalation noEscalation() {
        return new Escalation(false, null, null, null, 3, true, Statistics.THEIL_SEN);
    }

    /** Nothing logged: every estimate insufficient, every day empty. */
    private static InsightsReport empty() {
        return report(relief(0, null, null, null), List.of(), List.of(), new Trend(Statistics.THEIL_SEN, 1000, 0,
                null, null, null, true), tolerance(null, null, null, noEscalation()), days(0, 0, 0), List.of(),
                correlations(false));
    }

    private static InsightsReport report(ReliefPerDose relief, List<GroupRelief> products, List<Difference> differences,
            Trend trend, Tolerance tolerance, List<Day> days, List<Week> pegs, List<Correlation> correlations) {
        return new InsightsReport(TODAY.minusDays(days.size() - 1L), TODAY, "UTC", relief, products, List.of(),
                List.of(), differences, new DoseResponse("materialMg", List.of(), trend), tolerance, days, pegs,
                correlations);
    }

    /** {@code rated} days with pain 5 (3 to 7), {@code dosed} days with two 3 g doses, out of {@code count}. */
    private static List<Day> days(int count, int rated, int dosed) {
        List<Day> days = new ArrayList<>();
        for (int i = 0; i < Math.max(count, 1); i++) {
            boolean pain = i < rated;
            boolean dose = i < dosed;
            days.add(new Day(TODAY.minusDays(count - 1L - i), pain ? 5.0 : null, pain ? 3 : null, pain ? 7 : null,
                    pain ? 4 : 0, dose ? 2 : 0, dose ? 6000 : 0, null, null, null, null, null));
        }
        return days;
    }

    private static List<Correlation> correlations(boolean enough) {
        return List.of(new Correlation("pain", enough ? 40 : 4, enough ? -0.4 : null, enough ? -0.6 : null,
                enough ? -0.1 : null, !enough, Statistics.SPEARMAN),
                new Correlation("mood", enough ? 40 : 0, enough ? 0.1 : null, enough ? -0.2 : null, enough ? 0.4 : null,
                        !enough, Statistics.SPEARMAN),
                new Correlation("sleepQuality", 0, null, null, null, true, Statistics.SPEARMAN));
    }

    @Test
    void anEmptyJournalSaysInEveryPanelWhatToLogWithoutStatistics() {
        Words words = WORDS.of(empty());
        assertThat(words.relief().lead())
                .isEqualTo("Not enough doses with a pain rating before and after yet: 0 of the 5 needed.");
        assertThat(words.relief().lines()).containsExactly("Log your pain before a dose and about 90 minutes after.");
        assertThat(words.products().lead()).isEqualTo("No dose in these days names a product.");
        assertThat(words.products().lines())
                .containsExactly("Choose the product when you log a dose to compare your products.");
        assertThat(words.doseResponse().lead()).isEqualTo(
                "Not enough doses with a pain rating before and after to compare sizes yet: 0 of the 5 needed.");
        assertThat(words.tolerance().lead())
                .isEqualTo("Not enough yet to follow the relief per gram over time: 0 of the 3 periods of 30 days needed.");
        assertThat(words.tolerance().lines()).containsExactly(
                "A period counts when it has at least 5 doses with a pain rating before and after.",
                "Not enough days of use yet to see how your daily amount moves: 3 of the 14 needed.");
        assertThat(words.pain().lead()).isEqualTo("No pain ratings in these days yet.");
        assertThat(words.pain().lines()).containsExactly("Rate your pain in a check-in to see it day by day.");
        assertThat(words.amounts().lead()).isEqualTo("No doses in these days yet.");
        assertThat(words.scales().how()).containsExactly(
                "Each line is the day's average rating, from 0 to 10. A rating shows once it was given on 3 days.");
        assertThat(words.peg().lead()).isEqualTo("No weekly PEG check-in in these days.");
        assertThat(words.correlations().lead())
                .isEqualTo("Not enough days yet to compare one day with the next: 4 of the 10 needed.");
        for (var panel : List.of(words.relief(), words.products(), words.doseResponse(), words.tolerance(),
                words.pain(), words.amounts(), words.scales(), words.peg(), words.correlations())) {
            assertThat(panel.lead() + panel.lines()).doesNotContain("interval").doesNotContain("Theil")
                    .doesNotContain("Spearman").doesNotContain("null").doesNotContain("No dose had");
        }
    }

    @Test
    void reliefWithAnIntervalAboveZeroSaysLowerWithN() {
        Words words = WORDS.of(report(relief(42, 2.13, 1.6, 2.7), List.of(), List.of(), empty().doseResponse().trend(),
                empty().tolerance(), days(1, 0, 0), List.of(), correlations(false)));
        assertThat(words.relief().lead()).isEqualTo(
                "On average your pain was 2.1 points lower 45 minutes to 4 hours after a dose (42 doses).");
        assertThat(words.relief().lines()).containsExactly(
                "Your pain was usually at its lowest about 95 minutes after a dose.");
        assertThat(words.relief().how()).anyMatch(line -> line.equals("Average relief 2.1 points, 95% interval 1.6 to"
                + " 2.7: the true average most likely lies in that range. Method: percentile bootstrap, 2,000 resamples."));
    }

    @Test
    void anIntervalThatIncludesZeroReadsNoClearChangeHoweverLargeTheAverage() {
        Words words = WORDS.of(report(relief(6, 1.8, -0.2, 3.9), List.of(), List.of(), empty().doseResponse().trend(),
                empty().tolerance(), days(1, 0, 0), List.of(), correlations(false)));
        assertThat(words.relief().lead())
                .isEqualTo("No clear change in your pain 45 minutes to 4 hours after a dose (6 doses).");
        Words higher = WORDS.of(report(relief(30, -1.3, -1.6, -1.0), List.of(), List.of(),
                empty().doseResponse().trend(), empty().tolerance(), days(1, 0, 0), List.of(), correlations(false)));
        assertThat(higher.relief().lead())
                .isEqualTo("On average your pain was 1.3 points higher 45 minutes to 4 hours after a dose (30 doses).");
    }

    @Test
    void aCalledChangeTooSmallToShowInOneDecimalIsNotCalledZero() {
        Words words = WORDS.of(report(relief(900, 0.04, 0.01, 0.07), List.of(), List.of(),
                empty().doseResponse().trend(), empty().tolerance(), days(1, 0, 0), List.of(), correlations(false)));
        assertThat(words.relief().lead()).startsWith("On average your pain was less than 0.1 points lower");
    }

    @Test
    void productsLeadWithTheClearestDifferenceOrSayThereIsNone() {
        List<GroupRelief> products = List.of(group("Green Maeng Da", 40, 3.0, 2.6, 3.4), group("Red Bali caps", 40, 1.0,
                0.6, 1.4), group("White Borneo", 3, null, null, null));
        List<Difference> called = List.of(new Difference("product", "Green Maeng Da", "Red Bali caps", 2.0, 1.4, 2.6,
                true, Statistics.BOOTSTRAP_DIFFERENCE));
        Words words = WORDS.of(report(relief(80, 2.0, 1.7, 2.3), products, called, empty().doseResponse().trend(),
                empty().tolerance(), days(1, 0, 0), List.of(), correlations(false)));
        assertThat(words.products().lead())
                .isEqualTo("Green Maeng Da went with 2.0 more points of relief than Red Bali caps (80 doses).");
        assertThat(words.products().lines()).containsExactly(
                "Green Maeng Da: on average your pain was 3.0 points lower after a dose (40 doses).",
                "Red Bali caps: on average your pain was 1.0 points lower after a dose (40 doses).",
                "White Borneo: not enough yet (3 of the 5 doses with a pain rating before and after needed).");

        List<Difference> unclear = List.of(new Difference("product", "Green Maeng Da", "Red Bali caps", 0.4, -0.3, 1.1,
                false, Statistics.BOOTSTRAP_DIFFERENCE));
        Words same = WORDS.of(report(relief(80, 2.0, 1.7, 2.3), products, unclear, empty().doseResponse().trend(),
                empty().tolerance(), days(1, 0, 0), List.of(), correlations(false)));
        assertThat(same.products().lead()).isEqualTo("No clear difference in relief between your products (80 doses).");
        assertThat(same.products().lines()).contains("No clear difference between Green Maeng Da and Red Bali caps.");
        assertThat(same.products().how()).anyMatch(line -> line.startsWith(
                "Green Maeng Da minus Red Bali caps: 0.4 points, 95% interval -0.3 to 1.1. Method: percentile bootstrap"));
    }

    @Test
    void aDoseResponseNeverReadsAsAdviceAndATrendOfZeroIsNoClearLink() {
        Trend flat = new Trend(Statistics.THEIL_SEN, 1000, 172, 0.0, 0.0, 0.0, false);
        Words words = WORDS.of(report(relief(172, 1.0, 0.8, 1.2), List.of(), List.of(), flat, empty().tolerance(),
                days(1, 0, 0), List.of(), correlations(false)));
        assertThat(words.doseResponse().lead())
                .isEqualTo("No clear link between the size of a dose and the relief after it (172 doses).");
        assertThat(words.doseResponse().lines()).isEmpty();
        Trend rising = new Trend(Statistics.THEIL_SEN, 1000, 172, 1.333, 1.0, 1.333, false);
        Words more = WORDS.of(report(relief(172, 1.0, 0.8, 1.2), List.of(), List.of(), rising, empty().tolerance(),
                days(1, 0, 0), List.of(), correlations(false)));
        assertThat(more.doseResponse().lead()).isEqualTo(
                "Your larger doses went with more relief: about 1.3 points more for each extra gram (172 doses).");
        assertThat(more.doseResponse().lines()).singleElement().asString().contains("not how much to take");
        assertThat(more.doseResponse().lead() + more.doseResponse().lines())
                .doesNotContainIgnoringCase("should").doesNotContainIgnoringCase("try ").doesNotContainIgnoringCase("increase");
    }

    @Test
    void dosesAllOfOneSizeSayThereIsNothingToCompareRatherThanNotEnough() {
        Trend same = new Trend(Statistics.THEIL_SEN, 1000, 12, null, null, null, true);
        Words words = WORDS.of(report(relief(12, 1.0, 0.8, 1.2), List.of(), List.of(), same, empty().tolerance(),
                days(1, 0, 0), List.of(), correlations(false)));
        assertThat(words.doseResponse().lead())
                .isEqualTo("Your doses with a pain rating before and after are too alike in size to compare (12 doses).");
    }

    @Test
    void fallingReliefPerAmountLeadsTheTolerancePanelAndARisingAmountIsSaidInGramsOrMg() {
        Escalation rising = new Escalation(true, 1500.0, 600.0, 2400.0, 60, false, Statistics.THEIL_SEN);
        Words falling = WORDS.of(report(relief(60, 1.0, 0.8, 1.2), List.of(), List.of(), empty().doseResponse().trend(),
                tolerance(-0.1, -0.18, -0.02, rising), days(1, 0, 0), List.of(), correlations(false)));
        assertThat(falling.tolerance().lead())
                .isEqualTo("You got less relief per gram as the weeks went on (60 doses over 3 periods of 30 days).");
        assertThat(falling.tolerance().lines()).containsExactly(
                "Your daily amount has been rising: about 1.5 g more a day every 30 days (60 days of use).");
        Escalation flat = new Escalation(false, 0.0, 0.0, 0.0, 60, false, Statistics.THEIL_SEN);
        Words steady = WORDS.of(report(relief(60, 1.0, 0.8, 1.2), List.of(), List.of(), empty().doseResponse().trend(),
                tolerance(0.01, -0.05, 0.07, flat), days(1, 0, 0), List.of(), correlations(false)));
        assertThat(steady.tolerance().lead()).isEqualTo(
                "No clear change in the relief per gram from one 30-day period to the next (60 doses over 3 periods).");
        assertThat(steady.tolerance().lines()).containsExactly("No clear change in your daily amount (60 days of use).");
        Escalation slight = new Escalation(false, 120.0, 20.0, 200.0, 60, false, Statistics.THEIL_SEN);
        assertThat(WORDS.of(report(relief(60, 1.0, 0.8, 1.2), List.of(), List.of(), empty().doseResponse().trend(),
                tolerance(0.01, -0.05, 0.07, slight), days(1, 0, 0), List.of(), correlations(false))).tolerance().lines())
                .containsExactly("Your daily amount rose slightly: about 120 mg more a day every 30 days (60 days of use).");
    }

    @Test
    void dayByDaySummariesSayWhenTheChartStarts() {
        Words two = WORDS.of(report(relief(0, null, null, null), List.of(), List.of(), empty().doseResponse().trend(),
                empty().tolerance(), days(2, 2, 2), List.of(new Week(TODAY.minusDays(3), 5.3, 1)), correlations(false)));
        assertThat(two.pain().lead()).isEqualTo("You rated your pain on 2 of 2 days; it averaged 5.0 (lowest 3, highest 7).");
        assertThat(two.pain().lines()).containsExactly("The chart starts once you have rated your pain on 3 days.");
        assertThat(two.amounts().lead())
                .isEqualTo("You took kratom on 2 of 2 days: 4 doses, 6.0 g a day on average on those days.");
        assertThat(two.peg().lead()).isEqualTo("One weekly PEG check-in so far: 5.3 (0 is best, 10 worst).");
        assertThat(two.peg().lines()).containsExactly("The line starts after 3 weeks.");
        Words month = WORDS.of(report(relief(0, null, null, null), List.of(), List.of(), empty().doseResponse().trend(),
                empty().tolerance(), days(30, 28, 30), List.of(), correlations(false)));
        assertThat(month.pain().lines()).isEmpty();
    }

    @Test
    void theDayAfterNamesADirectionOnlyWhenTheIntervalLeavesOutZero() {
        Words words = WORDS.of(report(relief(0, null, null, null), List.of(), List.of(), empty().doseResponse().trend(),
                empty().tolerance(), days(1, 0, 0), List.of(), correlations(true)));
        assertThat(words.correlations().lead())
                .isEqualTo("After days you took more, your pain the next day tended to be lower (40 days).");
        assertThat(words.correlations().lines()).containsExactly(
                "No clear link between how much you took on a day and your mood the next day (40 days).",
                "Not enough yet for sleep: 0 of the 10 days needed. Rate your sleep in check-ins to fill it.");
        assertThat(words.correlations().how()).anyMatch(line -> line.startsWith("pain: rank correlation -0.40, 95% "
                + "interval -0.60 to -0.10 (40 days)."));
    }
}
