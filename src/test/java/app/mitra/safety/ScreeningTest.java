package app.mitra.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.Test;

import app.mitra.safety.internal.NameMatcher;
import app.mitra.safety.internal.Rulebooks;

/** Free text as people write it, screened against the shipped rulebook. */
class ScreeningTest {

    static final Screening SCREENING = new Screening(Rulebooks.shipped(), new NameMatcher(Rulebooks.shipped()));

    private static ScreeningResult medicines(String... lines) {
        return SCREENING.check(null, List.of(), List.of(lines), List.of());
    }

    private static ScreeningResult substances(String... lines) {
        return SCREENING.check(null, List.of(), List.of(), List.of(lines));
    }

    private static ScreeningResult conditions(String... lines) {
        return SCREENING.check(null, List.of(lines), List.of(), List.of());
    }

    @Test
    void aBrandWithAnAmountAndAScheduleIsRecognisedByItsGenericName() {
        ScreeningResult result = medicines("Xanax 0.5 mg as needed for panic");
        assertThat(result.findings()).extracting(Finding::ruleId, Finding::severity, Finding::category,
                Finding::input, Finding::matched)
                .containsExactly(tuple("benzodiazepines", Severity.AVOID, "benzodiazepine",
                        "Xanax 0.5 mg as needed for panic", "alprazolam"));
        assertThat(result.findings().get(0).sources()).isNotEmpty();
        assertThat(result.rulebookVersion()).isEqualTo(SCREENING.rulebookVersion());
        assertThat(result.checked()).isEmpty();
        assertThat(result.unrecognised()).isEmpty();
    }

    @Test
    void amountsLikeTenSlashThreeTwentyFiveAreStrippedAndTheComboIsFound() {
        assertThat(medicines("Percocet 10/325 every 6 hours").findings())
                .extracting(Finding::ruleId, Finding::matched)
                .containsExactly(tuple("opioid-analgesics", "oxycodone/acetaminophen"));
    }

    @Test
    void pregnancyIsFoundHoweverTheWeeksAreWritten() {
        for (String line : List.of("22 weeks pregnant", "pregnant, 20 weeks", "Pregnant (second trimester)")) {
            assertThat(conditions(line).findings()).as(line).extracting(Finding::ruleId, Finding::severity)
                    .containsExactly(tuple("pregnancy", Severity.AVOID));
        }
    }

    @Test
    void beerAndBeersAreAlcoholButRootBeerAndNonAlcoholicBeerAreNot() {
        assertThat(substances("beer, about six a day").findings()).extracting(Finding::ruleId, Finding::matched)
                .containsExactly(tuple("alcohol", "beer"));
        assertThat(substances("a few beers at weekends").findings()).extracting(Finding::ruleId)
                .containsExactly("alcohol");
        assertThat(substances("root beer", "non-alcoholic beer", "ginger beer").findings()).isEmpty();
        assertThat(substances("root beer and a glass of wine").findings()).extracting(Finding::matched)
                .containsExactly("wine");
    }

    @Test
    void sevenOhTabletsAreConcentratedButKratomLeafCapsulesAreNot() {
        assertThat(substances("7-OH tablets from a smoke shop").findings())
                .extracting(Finding::ruleId, Finding::severity, Finding::category)
                .containsExactly(tuple("concentrated-7oh-products", Severity.AVOID, "concentrated-7-oh"));
        ScreeningResult leaf = substances("kratom leaf capsules");
        assertThat(leaf.findings()).isEmpty();
        assertThat(leaf.checked()).containsExactly("kratom leaf capsules");
        assertThat(medicines("17-OH progesterone injections").findings()).isEmpty();
    }

    @Test
    void naloxoneIsARescueMedicineNotNaltrexone() {
        ScreeningResult result = medicines("Narcan nasal spray in my bag", "naloxone 4 mg");
        assertThat(result.findings()).isEmpty();
        assertThat(result.checked()).hasSize(2);
        assertThat(medicines("Relistor for constipation").findings()).extracting(Finding::ruleId)
                .containsExactly("peripheral-opioid-antagonists");
        assertThat(medicines("methylnaltrexone").findings()).extracting(Finding::ruleId)
                .doesNotContain("opioid-antagonists-full-dose");
        assertThat(medicines("Vivitrol shot monthly").findings()).extracting(Finding::ruleId, Finding::severity)
                .containsExactly(tuple("opioid-antagonists-full-dose", Severity.AVOID));
        assertThat(medicines("low-dose naltrexone 4.5 mg at night").findings()).extracting(Finding::ruleId)
                .containsExactly("low-dose-naltrexone");
    }

    @Test
    void smallMisspellingsOfLongerNamesAreToleratedButShortNamesMustBeExact() {
        assertThat(medicines("alprazolom").findings()).extracting(Finding::matched).containsExactly("alprazolam");
        assertThat(medicines("clonazepan 1mg").findings()).extracting(Finding::matched).containsExactly("clonazepam");
        assertThat(medicines("oxycodon 5").findings()).extracting(Finding::matched).containsExactly("oxycodone");
        assertThat(medicines("gabapentine 300 three times a day").findings()).extracting(Finding::matched)
                .containsExactly("gabapentin");
        assertThat(medicines("cyclobenzeprine").findings()).extracting(Finding::matched)
                .containsExactly("cyclobenzaprine");
        assertThat(medicines("hydroxyzene").findings()).extracting(Finding::ruleId)
                .contains("sedating-antihistamines");
        assertThat(medicines("xanex").findings()).extracting(Finding::matched).containsExactly("alprazolam");
        assertThat(medicines("Norcp").findings()).isEmpty();
        assertThat(medicines("Norcp").unrecognised()).containsExactly("Norcp");
    }

    @Test
    void aDrugInSeveralCategoriesGivesOneFindingPerRule() {
        assertThat(medicines("methadone 80 mg daily at the clinic").findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("methadone", "qt-prolonging-drugs");
        assertThat(medicines("Celexa 20").findings()).extracting(Finding::category)
                .containsExactlyInAnyOrder("antidepressant-serotonergic", "qt-prolonging");
    }

    @Test
    void wordsInsideOtherWordsNeverMatch() {
        ScreeningResult result = medicines("ibuprofen 800", "bupropion 150 XL", "losartan 50", "promethazine",
                "dextromethorphan");
        assertThat(result.findings()).extracting(Finding::ruleId)
                .doesNotContain("buprenorphine", "illicit-stimulants", "respiratory-disease");
        assertThat(medicines("Suboxone 8/2 film").findings()).extracting(Finding::ruleId, Finding::matched)
                .containsExactly(tuple("buprenorphine", "buprenorphine/naloxone"));
    }

    @Test
    void harmlessMedicinesRaiseNothingAndAreListedAsChecked() {
        List<String> harmless = List.of("ibuprofen 400mg", "Tylenol 500 as needed", "paracetamol", "naproxen",
                "vitamin D 1000 IU", "fish oil", "metformin 500 twice a day", "albuterol inhaler as needed",
                "Ventolin", "salbutamol", "levothyroxine 50 mcg", "lisinopril 10", "atorvastatin 20 mg",
                "omeprazole 20", "multivitamin");
        ScreeningResult result = SCREENING.check(null, List.of(), harmless, List.of());
        assertThat(result.findings()).isEmpty();
        assertThat(result.checked()).containsExactlyElementsOf(harmless);
        assertThat(result.unrecognised()).isEmpty();
    }

    @Test
    void unknownWordsAreListedAsUnrecognisedSoNobodyThinksTheyWereChecked() {
        ScreeningResult result = SCREENING.check(null, List.of("frozen shoulder"), List.of("Zorblex 20 mg"),
                List.of("something from a friend"));
        assertThat(result.findings()).isEmpty();
        assertThat(result.unrecognised()).containsExactly("frozen shoulder", "Zorblex 20 mg",
                "something from a friend");
    }

    @Test
    void slangIsReadInMedicinesAndSubstancesButNeverInConditions() {
        assertThat(conditions("the blues since winter", "feeling like dope").findings()).isEmpty();
        assertThat(substances("blues from a friend").findings()).extracting(Finding::ruleId)
                .containsExactly("illicit-opioids");
        assertThat(conditions("speed of recovery is slow").findings()).isEmpty();
    }

    @Test
    void conditionNamesAreReadOnlyInConditions() {
        assertThat(medicines("for anxiety").findings()).isEmpty();
        assertThat(conditions("anxiety").findings()).extracting(Finding::ruleId)
                .containsExactly("psychiatric-conditions");
    }

    @Test
    void ageRulesFireForMinorsAndOlderAdults() {
        assertThat(SCREENING.check(17, null, null, null).findings())
                .extracting(Finding::ruleId, Finding::severity, Finding::category, Finding::input)
                .containsExactly(tuple("under-age", Severity.AVOID, "minor", "17"));
        assertThat(SCREENING.check(20, null, null, null).findings()).extracting(Finding::category)
                .containsExactly("minor");
        assertThat(SCREENING.check(21, null, null, null).findings()).isEmpty();
        assertThat(SCREENING.check(64, null, null, null).findings()).isEmpty();
        assertThat(SCREENING.check(65, null, null, null).findings()).extracting(Finding::category,
                Finding::severity).containsExactly(tuple("older-adult", Severity.MONITOR));
    }

    @Test
    void findingsComeStrongestFirst() {
        ScreeningResult result = SCREENING.check(70, List.of("high blood pressure"),
                List.of("sertraline 50", "gabapentin 300", "oxycodone 5 mg"), List.of());
        assertThat(result.findings()).extracting(Finding::severity).isSortedAccordingTo(Enum::compareTo);
        assertThat(result.findings().get(0).ruleId()).isEqualTo("opioid-analgesics");
    }
}
