package app.mitra.safety.internal.guardrails;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.mitra.common.Ids;
import app.mitra.journal.DoseHistory;
import app.mitra.journal.Intake;
import app.mitra.journal.PlausibleAmounts;
import app.mitra.journal.ProposedDose;
import app.mitra.journal.Substance;
import app.mitra.journal.SubstanceKind;
import app.mitra.journal.SubstanceUnit;
import app.mitra.journal.Unit;
import app.mitra.journal.internal.PlausibleAmountsFile;
import app.mitra.products.Form;
import app.mitra.safety.Finding;
import app.mitra.safety.HealthProfile;
import app.mitra.safety.Severity;
import tools.jackson.databind.json.JsonMapper;

/** Each guardrail at, just below and just above its threshold, with days counted in the person's zone. */
class GuardrailPoliciesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final GuardrailBook BOOK = GuardrailBook.load(JSON);
    private static final Depressants DEPRESSANTS = Depressants.load(JSON);
    private static final GuardrailProperties SETTINGS = GuardrailProperties.defaults();
    private static final PlausibleAmounts AMOUNTS = new PlausibleAmounts(PlausibleAmountsFile.load());
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** 20:00 in New York on 1 March 2026 (01:00 UTC on 2 March). */
    private static final Instant EVENING = Instant.parse("2026-03-02T01:00:00Z");

    /** An in-memory journal: the doses and substances the checks may see. */
    private static final class Journal implements DoseHistory {
        final List<Intake> doses = new ArrayList<>();
        final List<Substance> substances = new ArrayList<>();
        ZoneId zone = NEW_YORK;

        Journal dose(Instant at, long mg) {
            doses.add(new Intake(at, mg));
            doses.sort(Comparator.comparing(Intake::takenAt));
            return this;
        }

        Journal substance(Instant at, SubstanceKind kind, String name, Double amount, SubstanceUnit unit) {
            substances.add(new Substance(Ids.newId(), at, zone.getId(), kind, name, amount, unit, null, at, at));
            return this;
        }

        public ZoneId zone() {
            return zone;
        }

        public boolean anyOtherDose() {
            return !doses.isEmpty();
        }

        public List<Intake> intakes(Instant from, Instant to) {
            return doses.stream().filter(d -> !d.takenAt().isBefore(from) && d.takenAt().isBefore(to)).toList();
        }

        public List<Substance> substances(Instant from, Instant to) {
            return substances.stream().filter(s -> !s.takenAt().isBefore(from) && !s.takenAt().isAfter(to)).toList();
        }
    }

    private static HealthProfile limits(Integer dailyLimitMg, Integer maxDosesPerDay) {
        return new HealthProfile("America/New_York", null, List.of(), List.of(), List.of(), null, dailyLimitMg,
                maxDosesPerDay);
    }

    private static Optional<Finding> check(Guardrail guardrail, Journal journal, Instant at, long mg,
            HealthProfile profile) {
        ProposedDose dose = new ProposedDose(UUID.randomUUID(), at, mg, Form.POWDER, mg / 1000.0, Unit.G);
        return guardrail.check(new Guardrail.Situation(dose, journal, profile));
    }

    private static Optional<Finding> check(Guardrail guardrail, Journal journal, Instant at, long mg) {
        return check(guardrail, journal, at, mg, limits(null, null));
    }

    // ---- first use

    @Test
    void theFirstDoseEverIsANoteToStartLowAndGoSlow() {
        Finding note = check(new FirstDose(BOOK), new Journal(), EVENING, 2000).orElseThrow();
        assertThat(note.severity()).isEqualTo(Severity.INFO);
        assertThat(note.category()).isEqualTo("first-use");
        assertThat(note.explanation()).startsWith("This is the first dose in your journal: 2,000 mg of material.");
        assertThat(note.advice()).contains("Start low and go slow").doesNotContainPattern("\\d");
    }

    @Test
    void anyEarlierDoseMeansItIsNotTheFirst() {
        assertThat(check(new FirstDose(BOOK), new Journal().dose(EVENING.minus(Duration.ofDays(400)), 1000), EVENING,
                2000)).isEmpty();
    }

    // ---- above the recent median (default: more than 50% above, at least 3 doses in 14 days)

    private static Journal threeDosesOf2g() {
        return new Journal().dose(EVENING.minus(Duration.ofDays(1)), 2000).dose(EVENING.minus(Duration.ofDays(2)), 1000)
                .dose(EVENING.minus(Duration.ofDays(3)), 3000);
    }

    @Test
    void aDoseAtFiftyPercentAboveTheMedianIsNotFlaggedButOneMilligramMoreIs() {
        AboveRecentMedian rule = new AboveRecentMedian(BOOK, SETTINGS);
        assertThat(check(rule, threeDosesOf2g(), EVENING, 3000)).isEmpty();
        Finding above = check(rule, threeDosesOf2g(), EVENING, 3001).orElseThrow();
        assertThat(above.category()).isEqualTo("escalation");
        assertThat(above.explanation())
                .startsWith("This dose, 3,001 mg, is 50% above the median of your 3 doses in the last 14 days (2,000 mg).");
    }

    @Test
    void twoEarlierDosesAreTooFewForAMedian() {
        Journal two = new Journal().dose(EVENING.minus(Duration.ofDays(1)), 1000).dose(EVENING.minus(Duration.ofDays(2)), 1000);
        assertThat(check(new AboveRecentMedian(BOOK, SETTINGS), two, EVENING, 9000)).isEmpty();
    }

    @Test
    void dosesOlderThanFourteenDaysDoNotCount() {
        Journal old = threeDosesOf2g().dose(EVENING.minus(Duration.ofDays(14)).minusSeconds(1), 100_000);
        Journal edge = threeDosesOf2g().dose(EVENING.minus(Duration.ofDays(14)), 100_000);
        AboveRecentMedian rule = new AboveRecentMedian(BOOK, SETTINGS);
        assertThat(check(rule, old, EVENING, 3001)).isPresent();
        assertThat(check(rule, edge, EVENING, 3001)).as("median of 1,000, 2,000, 3,000, 100,000 is 2,500").isEmpty();
    }

    @Test
    void theFractionIsASetting() {
        GuardrailProperties quarter = new GuardrailProperties(0.25, null, null, null, null);
        assertThat(check(new AboveRecentMedian(BOOK, quarter), threeDosesOf2g(), EVENING, 2501)).isPresent();
        assertThat(check(new AboveRecentMedian(BOOK, quarter), threeDosesOf2g(), EVENING, 2500)).isEmpty();
    }

    // ---- daily limit, in the person's day

    @Test
    void aDayTotalAtTheLimitIsFineAndOneMilligramAboveIsACaution() {
        Journal morning = new Journal().dose(Instant.parse("2026-03-01T14:00:00Z"), 3000);
        DailyLimit rule = new DailyLimit(BOOK);
        assertThat(check(rule, morning, EVENING, 2000, limits(5000, null))).isEmpty();
        Finding over = check(rule, morning, EVENING, 2001, limits(5000, null)).orElseThrow();
        assertThat(over.severity()).isEqualTo(Severity.CAUTION);
        assertThat(over.explanation())
                .startsWith("With this dose you would have taken 5,001 mg today; the daily limit you set is 5,000 mg.");
        assertThat(check(rule, morning, EVENING, 9000, limits(null, null))).as("no limit set, nothing to say").isEmpty();
    }

    @Test
    void theDayEndsAtMidnightInThePersonsZoneNotInUtc() {
        // 23:30 on 28 February in New York is 04:30 UTC on 1 March: the day before EVENING's day there.
        Journal lateTheDayBefore = new Journal().dose(Instant.parse("2026-03-01T04:30:00Z"), 3000);
        // 00:30 on 1 March in New York is 05:30 UTC: the same day as EVENING.
        Journal justAfterMidnight = new Journal().dose(Instant.parse("2026-03-01T05:30:00Z"), 3000);
        DailyLimit rule = new DailyLimit(BOOK);
        assertThat(check(rule, lateTheDayBefore, EVENING, 3000, limits(5000, null))).isEmpty();
        assertThat(check(rule, justAfterMidnight, EVENING, 3000, limits(5000, null))).isPresent();
        lateTheDayBefore.zone = ZoneId.of("UTC");
        assertThat(check(rule, lateTheDayBefore, Instant.parse("2026-03-01T20:00:00Z"), 3000, limits(5000, null)))
                .as("in UTC both are on 1 March").isPresent();
    }

    // ---- doses per day

    @Test
    void theFourthDoseIsFineWithAMaximumOfFourAndTheFifthIsACaution() {
        Journal three = new Journal();
        for (int hour = 12; hour <= 14; hour++) {
            three.dose(Instant.parse("2026-03-01T%02d:00:00Z".formatted(hour)), 1000);
        }
        DosesPerDay rule = new DosesPerDay(BOOK);
        assertThat(check(rule, three, EVENING, 1000, limits(null, 4))).isEmpty();
        three.dose(Instant.parse("2026-03-01T15:00:00Z"), 1000);
        Finding fifth = check(rule, three, EVENING, 1000, limits(null, 4)).orElseThrow();
        assertThat(fifth.category()).isEqualTo("dose-frequency");
        assertThat(fifth.explanation()).startsWith("This would make 5 doses today; your own maximum is 4.");
    }

    // ---- consecutive days (default 7)

    private static Journal usedOnDaysBefore(int days) {
        Journal journal = new Journal();
        for (int back = 1; back <= days; back++) {
            journal.dose(EVENING.minus(Duration.ofDays(back)), 1000);
        }
        return journal;
    }

    @Test
    void sixDaysInARowAreNotFlaggedAndTheSeventhIs() {
        ConsecutiveDays rule = new ConsecutiveDays(BOOK, SETTINGS);
        assertThat(check(rule, usedOnDaysBefore(5), EVENING, 1000)).isEmpty();
        Finding seventh = check(rule, usedOnDaysBefore(6), EVENING, 1000).orElseThrow();
        assertThat(seventh.category()).isEqualTo("consecutive-days");
        assertThat(seventh.explanation()).startsWith("With this dose you will have used kratom on 7 days in a row.");
        assertThat(check(rule, usedOnDaysBefore(20), EVENING, 1000).orElseThrow().explanation())
                .as("the whole streak is counted").contains("21 days in a row");
    }

    @Test
    void aDayWithoutUseBreaksTheStreak() {
        Journal gap = usedOnDaysBefore(8);
        gap.doses.removeIf(d -> d.takenAt().equals(EVENING.minus(Duration.ofDays(3))));
        assertThat(check(new ConsecutiveDays(BOOK, SETTINGS), gap, EVENING, 1000)).isEmpty();
    }

    // ---- recent depressant (default: within 6 hours before)

    @Test
    void alcoholFiveHoursFiftyNineMinutesBeforeIsWarnedAndSixHoursOneMinuteIsNot() {
        RecentDepressant rule = new RecentDepressant(BOOK, DEPRESSANTS, SETTINGS);
        Journal inside = new Journal().substance(EVENING.minus(Duration.ofMinutes(359)), SubstanceKind.ALCOHOL, null,
                2.0, SubstanceUnit.DRINKS);
        Journal outside = new Journal().substance(EVENING.minus(Duration.ofMinutes(361)), SubstanceKind.ALCOHOL, null,
                2.0, SubstanceUnit.DRINKS);
        Finding warning = check(rule, inside, EVENING, 1000).orElseThrow();
        assertThat(warning.severity()).isEqualTo(Severity.AVOID);
        assertThat(warning.category()).isEqualTo("recent-depressant");
        assertThat(warning.input()).isEqualTo("alcohol (2 standard drinks)");
        assertThat(warning.explanation()).startsWith("You logged alcohol (2 standard drinks) at 14:01, 5 h 59 min before this dose.");
        assertThat(check(rule, outside, EVENING, 1000)).isEmpty();
    }

    @Test
    void aSubstanceAfterTheDoseIsNotBeforeIt() {
        Journal later = new Journal().substance(EVENING.plusSeconds(60), SubstanceKind.ALCOHOL, "beer", 1.0,
                SubstanceUnit.DRINKS);
        assertThat(check(new RecentDepressant(BOOK, DEPRESSANTS, SETTINGS), later, EVENING, 1000)).isEmpty();
    }

    @Test
    void aBenzodiazepineByBrandNameIsRecognisedAndAHarmlessMedicineIsNot() {
        RecentDepressant rule = new RecentDepressant(BOOK, DEPRESSANTS, SETTINGS);
        Journal xanax = new Journal().substance(EVENING.minus(Duration.ofHours(2)), SubstanceKind.MEDICINE, "Xanax",
                0.5, SubstanceUnit.MG);
        Finding warning = check(rule, xanax, EVENING, 1000).orElseThrow();
        assertThat(warning.title()).isEqualTo("Shortly after Xanax");
        assertThat(warning.input()).isEqualTo("Xanax (0.5 mg)");
        assertThat(warning.matched()).isEqualToIgnoringCase("Xanax");
        Journal ibuprofen = new Journal().substance(EVENING.minus(Duration.ofHours(2)), SubstanceKind.MEDICINE,
                "ibuprofen", 400.0, SubstanceUnit.MG);
        assertThat(check(rule, ibuprofen, EVENING, 1000)).isEmpty();
    }

    @Test
    void theStrongestClassWinsOverTheCloserOne() {
        Journal both = new Journal()
                .substance(EVENING.minus(Duration.ofHours(1)), SubstanceKind.MEDICINE, "gabapentin", 300.0, SubstanceUnit.MG)
                .substance(EVENING.minus(Duration.ofHours(3)), SubstanceKind.OTHER, "oxycodone", null, null);
        Finding warning = check(new RecentDepressant(BOOK, DEPRESSANTS, SETTINGS), both, EVENING, 1000).orElseThrow();
        assertThat(warning.input()).isEqualTo("oxycodone");
        assertThat(warning.severity()).isEqualTo(Severity.AVOID);
    }

    // ---- implausible amount

    private static Optional<Finding> typed(double amount, Unit unit) {
        ProposedDose dose = new ProposedDose(UUID.randomUUID(), EVENING, Math.round(amount * 1000), Form.POWDER, amount,
                unit);
        return new AmountToCheck(BOOK, AMOUNTS).check(new Guardrail.Situation(dose, new Journal(), limits(null, null)));
    }

    @Test
    void fiveHundredGramsOfPowderIsAnAmountToCheckThatAsksWhetherFiveWasMeant() {
        Finding odd = typed(500, Unit.G).orElseThrow();
        assertThat(odd.category()).isEqualTo("implausible-amount");
        assertThat(odd.severity()).isEqualTo(Severity.CAUTION);
        assertThat(odd.explanation()).startsWith("You logged 500 g for one dose, far outside what people report taking"
                + " at once. Did you mean 5 g?");
        assertThat(odd.input()).as("the subject is the rule itself").isNull();
        assertThat(odd.asOf()).isEqualTo(java.time.LocalDate.parse("2026-12-05"));
        assertThat(typed(5, Unit.MG).orElseThrow().explanation()).contains("Did you mean 5 g?");
        assertThat(typed(4, Unit.G)).isEmpty();
        assertThat(typed(4000, Unit.MG)).isEmpty();
    }

    @Test
    void everyRuleOfTheBookIsUsedByAGuardrailAndNoAdviceNamesANumber() {
        List<String> used = List.of(FirstDose.RULE, AboveRecentMedian.RULE, DailyLimit.RULE, DosesPerDay.RULE,
                ConsecutiveDays.RULE, RecentDepressant.RULE, AmountToCheck.RULE);
        assertThat(BOOK.rules()).extracting(GuardrailBook.Rule::id).containsExactlyInAnyOrderElementsOf(used);
        assertThat(BOOK.rules()).allSatisfy(rule -> {
            assertThat(rule.advice()).doesNotContainPattern("\\d");
            assertThat(rule.sources()).isNotEmpty();
        });
        assertThat(DoseGuardrails.all(BOOK, DEPRESSANTS, SETTINGS, AMOUNTS)).hasSize(used.size());
    }
}
