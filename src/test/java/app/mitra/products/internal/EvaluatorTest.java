package app.mitra.products.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import app.mitra.common.Ids;
import app.mitra.products.Coa;
import app.mitra.products.Consumption.DailyUse;
import app.mitra.products.Detection;
import app.mitra.products.Evaluation;
import app.mitra.products.Form;
import app.mitra.products.QualityFinding;
import app.mitra.products.QualityStatus;
import app.mitra.products.Recall;
import app.mitra.products.internal.Evaluator.Subject;

/** Every rule of the evaluation at, just inside and just outside its threshold. */
class EvaluatorTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private static final Evaluator EVALUATOR = new Evaluator(ContaminantLimits.load(), words());

    private static java.util.function.BiFunction<String, Object[], String> words() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return (key, arguments) -> messages.getMessage(key, arguments, Locale.ROOT);
    }

    /** A clean leaf certificate; each test changes one figure. */
    private static Coa coa(double mitragynine, Double sevenOh, Double total, double lead, Detection salmonella,
            double aerobic, LocalDate tested, String code) {
        return new Coa("Lab", tested, code, mitragynine, sevenOh, total, lead, 0.1, 0.05, 0.01, salmonella,
                Detection.NOT_DETECTED, aerobic, 100.0);
    }

    private static Coa clean() {
        return coa(1.5, 0.005, null, 0.1, Detection.NOT_DETECTED, 1000, TODAY.minusDays(30), null);
    }

    private static Evaluation evaluate(Coa coa, Form form, List<DailyUse> uses, Long dailyLimitMg,
            List<Recall> recalls) {
        return EVALUATOR.evaluate(new Subject("B-1", coa, form, recalls, uses, Optional.ofNullable(dailyLimitMg), TODAY));
    }

    private static Evaluation evaluate(Coa coa) {
        return evaluate(coa, Form.POWDER, List.of(), null, List.of());
    }

    private static List<String> rules(Evaluation evaluation) {
        return evaluation.findings().stream().map(QualityFinding::ruleId).toList();
    }

    private static List<DailyUse> taken(long mg) {
        return List.of(new DailyUse(TODAY.minusDays(1), Ids.newId(), mg));
    }

    @Test
    void aCleanCertificatePassesWithNoFindings() {
        Evaluation evaluation = evaluate(clean());
        assertThat(evaluation.status()).isEqualTo(QualityStatus.PASS);
        assertThat(evaluation.findings()).isEmpty();
    }

    @Test
    void noCertificateIsUnverifiedAndSaysSo() {
        Evaluation evaluation = evaluate(null);
        assertThat(evaluation.status()).isEqualTo(QualityStatus.UNVERIFIED);
        assertThat(evaluation.findings()).singleElement().extracting(QualityFinding::title)
                .isEqualTo("No certificate of analysis");
    }

    @Test
    void aRecalledBatchFailsEvenWithoutACertificateAndCitesTheRecall() {
        Recall recall = new Recall(Ids.newId(), "V", "P", "B-1", "Salmonella", "https://www.fda.gov/recall",
                LocalDate.of(2026, 3, 1));
        Evaluation evaluation = evaluate(null, Form.POWDER, List.of(), null, List.of(recall));
        assertThat(evaluation.status()).isEqualTo(QualityStatus.FAIL);
        QualityFinding finding = evaluation.findings().get(0);
        assertThat(finding.ruleId()).isEqualTo("recall");
        assertThat(finding.explanation()).contains("V P (B-1) was recalled on 2026-03-01", "Salmonella");
        assertThat(finding.sources()).singleElement().extracting(s -> s.url()).isEqualTo("https://www.fda.gov/recall");
    }

    @Test
    void salmonellaOrEColiDetectedFailsAndNotDetectedPasses() {
        Evaluation salmonella = evaluate(coa(1.5, 0.005, null, 0.1, Detection.DETECTED, 1000, TODAY, null));
        assertThat(salmonella.status()).isEqualTo(QualityStatus.FAIL);
        assertThat(rules(salmonella)).containsExactly("usp2023-dried-salmonella");
        assertThat(salmonella.findings().get(0).sources()).isNotEmpty();
        Coa eColi = new Coa("Lab", TODAY, null, 1.5, 0.005, null, 0.1, null, null, null, null, Detection.DETECTED,
                null, null);
        assertThat(rules(evaluate(eColi))).containsExactly("usp2023-dried-ecoli");
        assertThat(evaluate(eColi).status()).isEqualTo(QualityStatus.FAIL);
    }

    @ParameterizedTest(name = "7-OH {1} % of {2} % total alkaloids: {3}")
    @CsvSource({
            "1.0, 0.02, 1.0, PASS",
            "1.0, 0.0201, 1.0, FAIL",
            "1.0, 0.0499, 1.0, FAIL",
            "1.0, 1.2, 2.5, FAIL"})
    void sevenOhAboveTwoPercentOfTheTotalAlkaloidsFails(double mitragynine, double sevenOh, double total,
            QualityStatus expected) {
        assertThat(evaluate(coa(mitragynine, sevenOh, total, 0.1, null, 1000, TODAY, null)).status()).isEqualTo(expected);
    }

    @Test
    void withoutATotalTheShareIsOfMitragyninePlusSevenOhAndTheFindingSaysSo() {
        // 0.0306 / (1.5 + 0.0306) = 2.0 %: at the limit; a little more is above it.
        assertThat(evaluate(coa(1.5, 0.0306, null, 0.1, null, 1000, TODAY, null)).status())
                .isEqualTo(QualityStatus.PASS);
        Evaluation above = evaluate(coa(1.5, 0.031, null, 0.1, null, 1000, TODAY, null));
        assertThat(above.status()).isEqualTo(QualityStatus.FAIL);
        assertThat(above.findings().get(0).title()).isEqualTo("Concentrated or adulterated 7-OH");
        assertThat(above.findings().get(0).explanation()).contains("mitragynine plus 7-OH", "2.025 %");
    }

    @ParameterizedTest(name = "7-OH {0} % w/w: {1}")
    @CsvSource({"0.0499, PASS", "0.05, FAIL", "0.2, FAIL"})
    void sevenOhAtOrAboveTheDeaThresholdFailsWhateverItsShare(double sevenOh, QualityStatus expected) {
        Evaluation evaluation = evaluate(coa(6.0, sevenOh, 10.0, 0.1, null, 1000, TODAY, null));
        assertThat(evaluation.status()).isEqualTo(expected);
        if (expected == QualityStatus.FAIL) {
            assertThat(rules(evaluation)).contains("dea-2026-7oh-botanical");
        }
    }

    @ParameterizedTest(name = "mitragynine {0} % in {1}: {2}")
    @CsvSource({"0.39, POWDER, PASS", "0.38, POWDER, WARN", "6.21, CAPSULES, PASS", "6.22, TEA, WARN",
            "20, EXTRACT, PASS"})
    void mitragynineOutsideWhatLeafHoldsWarnsExceptForExtracts(double mitragynine, Form form,
            QualityStatus expected) {
        Evaluation evaluation = evaluate(coa(mitragynine, null, null, 0.1, null, 1000, TODAY, null), form, List.of(),
                null, List.of());
        assertThat(evaluation.status()).isEqualTo(expected);
        if (expected == QualityStatus.WARN) {
            assertThat(evaluation.findings().get(0).explanation()).contains("may be an extract");
        }
    }

    @ParameterizedTest(name = "lead 2 µg/g × {0} mg in a day: {1}")
    @CsvSource({"2500, PASS", "2501, WARN", "3000, WARN"})
    void leadTakenAboveTheDailyLimitOnADayWarnsWithItsSource(long mg, QualityStatus expected) {
        Evaluation evaluation = evaluate(coa(1.5, null, null, 2.0, null, 1000, TODAY, null), Form.POWDER, taken(mg),
                null, List.of());
        assertThat(evaluation.status()).isEqualTo(expected);
        if (expected == QualityStatus.WARN) {
            QualityFinding finding = evaluation.findings().get(0);
            assertThat(finding.ruleId()).isEqualTo("usp2232-pb");
            assertThat(finding.title()).startsWith("One day above the daily limit for lead, up to ");
            assertThat(finding.evidence()).isEqualTo("strong");
            assertThat(finding.sources()).extracting(s -> s.title()).anyMatch(t -> t.contains("<2232>"));
        }
    }

    @Test
    void theExposureFindingNamesTheHighestDayAndItsArithmetic() {
        List<DailyUse> days = List.of(new DailyUse(TODAY.minusDays(2), Ids.newId(), 3000),
                new DailyUse(TODAY.minusDays(1), Ids.newId(), 4000));
        Evaluation evaluation = evaluate(coa(1.5, null, null, 2.0, null, 1000, TODAY, null), Form.POWDER, days, null,
                List.of());
        assertThat(evaluation.findings().get(0).title())
                .isEqualTo("2 days above the daily limit for lead, up to 160 % of it");
        assertThat(evaluation.findings().get(0).explanation())
                .isEqualTo("The highest was 2026-11-24: 4 g from this batch at 2 µg per g is 8 µg of lead, "
                        + "above the limit of 5 µg a day.");
    }

    /** {@code days} days in a row from a week before TODAY, each {@code mg} of the batch. */
    private static List<DailyUse> daily(int days, long mg) {
        List<DailyUse> uses = new java.util.ArrayList<>();
        for (int i = 0; i < days; i++) {
            uses.add(new DailyUse(TODAY.minusDays(days - i), Ids.newId(), mg));
        }
        return uses;
    }

    @ParameterizedTest(name = "lead 2 µg/g, {1} mg a day on {0} days in a row: {2}")
    @CsvSource({
            "1, 4275, WARN", // 171 % once: worth a look
            "4, 4275, WARN", // 171 % four days: 34.2 µg, under a week of the limit (35 µg)
            "5, 4275, FAIL", // five days: 42.75 µg, more than a week of it
            "31, 4275, FAIL", // 171 % on 31 days
            "1, 17500, WARN", // once, at seven times the limit: a week of it, not more
            "1, 20000, FAIL", // once, at eight times the limit
            "7, 2500, PASS"}) // at the limit every day: within it
    void leadFarOverOrOftenOverTheDailyLimitIsAProblemNotWorthALook(int days, long mg, QualityStatus expected) {
        Evaluation evaluation = evaluate(coa(1.5, null, null, 2.0, null, 1000, TODAY, null), Form.POWDER, daily(days, mg),
                null, List.of());
        assertThat(evaluation.status()).isEqualTo(expected);
    }

    @Test
    void aWeekOverTheLimitSaysWhatItCameToAgainstSevenDaysOfIt() {
        Evaluation evaluation = evaluate(coa(1.5, null, null, 2.0, null, 1000, TODAY, null), Form.POWDER,
                daily(31, 4275), null, List.of());
        QualityFinding finding = evaluation.findings().get(0);
        assertThat(finding.status()).isEqualTo(QualityStatus.FAIL);
        assertThat(finding.title()).isEqualTo("31 days above the daily limit for lead, up to 171 % of it");
        assertThat(finding.explanation()).endsWith("In the 7 days to 2026-11-24 it came to 59.85 µg of lead, more "
                + "than 7 days of the limit allow (35 µg).");
    }

    @ParameterizedTest(name = "lead {0} µg/g at a 10 g personal limit: {1}")
    @CsvSource({"0.5, PASS", "0.51, WARN"})
    void thePersonsOwnDailyLimitSaysWhatItWouldMeanForThisBatch(double lead, QualityStatus expected) {
        Evaluation evaluation = evaluate(coa(1.5, null, null, lead, null, 1000, TODAY, null), Form.POWDER, List.of(),
                10_000L, List.of());
        assertThat(evaluation.status()).isEqualTo(expected);
        if (expected == QualityStatus.WARN) {
            assertThat(evaluation.findings().get(0).explanation()).contains("own daily limit of 10 g", "5.1 µg");
        }
    }

    @ParameterizedTest(name = "aerobic count {0} cfu/g in {1}: {2}")
    @CsvSource({"100000, POWDER, PASS", "100001, POWDER, WARN", "10000, CAPSULES, PASS", "10001, CAPSULES, WARN",
            "10001, EXTRACT, WARN"})
    void microbialCountsAboveTheRecommendationForTheFormWarn(double aerobic, Form form, QualityStatus expected) {
        assertThat(evaluate(coa(1.5, null, null, 0.1, null, aerobic, TODAY, null), form, List.of(), null, List.of())
                .status()).isEqualTo(expected);
    }

    @Test
    void aCertificateTwelveMonthsOldIsCurrentAndOneDayOlderIsStale() {
        assertThat(evaluate(coa(1.5, null, null, 0.1, null, 1000, TODAY.minusMonths(12), null)).status())
                .isEqualTo(QualityStatus.PASS);
        Evaluation old = evaluate(coa(1.5, null, null, 0.1, null, 1000, TODAY.minusMonths(12).minusDays(1), null));
        assertThat(old.status()).isEqualTo(QualityStatus.STALE);
        assertThat(rules(old)).containsExactly("coa-old");
    }

    @Test
    void aCertificateForAnotherBatchIsStaleAndTheSameCodeInOtherCaseIsNot() {
        assertThat(evaluate(coa(1.5, null, null, 0.1, null, 1000, TODAY, "b-1")).status()).isEqualTo(QualityStatus.PASS);
        Evaluation other = evaluate(coa(1.5, null, null, 0.1, null, 1000, TODAY, "B-2"));
        assertThat(other.status()).isEqualTo(QualityStatus.STALE);
        assertThat(other.findings().get(0).explanation()).contains("batch B-2", "this batch is B-1");
    }

    @Test
    void theWorstFindingDecidesAndFindingsComeWorstFirst() {
        Coa all = coa(0.2, 1.0, null, 2.0, Detection.NOT_DETECTED, 1000, TODAY.minusYears(2), "OTHER");
        Evaluation evaluation = evaluate(all, Form.POWDER, taken(3000), null, List.of());
        assertThat(evaluation.status()).isEqualTo(QualityStatus.FAIL);
        assertThat(evaluation.findings()).extracting(QualityFinding::status).isSorted();
        assertThat(evaluation.findings()).extracting(QualityFinding::status)
                .contains(QualityStatus.FAIL, QualityStatus.WARN, QualityStatus.STALE);
        assertThat(evaluate(coa(0.2, null, null, 0.1, null, 1000, TODAY.minusYears(2), null)).status())
                .as("WARN outweighs STALE").isEqualTo(QualityStatus.WARN);
    }
}
