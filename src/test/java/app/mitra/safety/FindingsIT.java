package app.mitra.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import app.mitra.common.Ids;
import app.mitra.safety.Findings.Raised;
import app.mitra.safety.StoredFinding.Origin;
import app.mitra.safety.StoredFinding.State;
import app.mitra.safety.internal.FindingRepository;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.TestDatabase;
import app.mitra.testing.TransactionWrites;
import tools.jackson.databind.json.JsonMapper;

/** One stored finding per rule and subject, on both databases: how often, since when, and when it comes back. */
@OnBothDatabases
class FindingsIT {

    private static final Instant DAY_ONE = Instant.parse("2026-03-01T08:00:00Z");
    private static final List<Source> SOURCES = List.of(new Source("A survey", "https://example.org/survey", 2024));

    @Parameter
    TestDatabase database;

    Findings findings;
    UUID person;

    @BeforeEach
    void findingsOfANewPerson() {
        findings = new Findings(new FindingRepository(database.jdbc(), JsonMapper.builder().build()),
                new TransactionWrites(database.dataSource()));
        person = database.person();
    }

    private static Finding everyDay(int days) {
        return new Finding("guardrail-consecutive-days", Severity.MONITOR, "consecutive-days", null, null, "Use every day",
                "With this dose you will have used kratom on " + days + " days in a row.", "Take days off now and then.",
                Evidence.MODERATE, SOURCES, LocalDate.parse("2026-11-20"));
    }

    private static Finding afterDrink(String drink, String amount) {
        return new Finding("guardrail-recent-depressant", Severity.AVOID, "recent-depressant", drink + " (" + amount + ")",
                drink, "Shortly after " + drink, "You logged " + drink + " (" + amount + ") before this dose.",
                "Consider leaving kratom out until it has worn off.", Evidence.STRONG, SOURCES, LocalDate.parse("2026-11-20"));
    }

    private static Finding profile(String ruleId, String line, String explanation) {
        return new Finding(ruleId, Severity.AVOID, "opioid", line, "tramadol", "Tramadol with kratom", explanation,
                "Talk to your prescriber.", Evidence.MODERATE, SOURCES, LocalDate.parse("2026-11-25"));
    }

    private UUID dose(int day, Finding... raised) {
        UUID dose = Ids.newId();
        record(dose, DAY_ONE.plus(Duration.ofDays(day - 1L)), raised);
        return dose;
    }

    private void record(UUID dose, Instant takenAt, Finding... raised) {
        findings.recordForDose(person, dose, takenAt, List.of(raised).stream()
                .map(f -> new Raised(f, f.ruleId().equals("guardrail-consecutive-days"))).toList());
    }

    @Test
    void aPatternRaisedByManyDosesIsOneFindingWithHowOftenAndSinceWhen() {
        UUID first = dose(7, everyDay(7));
        dose(8, everyDay(8));
        UUID last = dose(9, everyDay(9));

        List<StoredFinding> current = findings.current(person);
        assertThat(current).hasSize(1);
        StoredFinding everyDay = current.get(0);
        assertThat(everyDay.count()).isEqualTo(3);
        assertThat(everyDay.firstSeenAt()).isEqualTo(DAY_ONE.plus(Duration.ofDays(6)));
        assertThat(everyDay.lastSeenAt()).isEqualTo(DAY_ONE.plus(Duration.ofDays(8)));
        assertThat(everyDay.finding().explanation()).as("the latest words").contains("9 days in a row");

        StoredFinding asFirstRaised = findings.forDose(person, first).get(0);
        assertThat(asFirstRaised.id()).isEqualTo(everyDay.id());
        assertThat(asFirstRaised.count()).isEqualTo(3);
        assertThat(asFirstRaised.finding().explanation()).as("a dose keeps its own words").contains("7 days in a row");
        assertThat(findings.forDose(person, last).get(0).finding().explanation()).contains("9 days in a row");
    }

    @Test
    void eachThingAFindingIsAboutIsAFindingOfItsOwn() {
        dose(1, afterDrink("beer", "2 standard drinks"));
        dose(2, afterDrink("beer", "1 standard drink"));
        dose(3, afterDrink("Xanax", "0.5 mg"));

        assertThat(findings.current(person)).extracting(f -> f.finding().matched(), StoredFinding::count)
                .containsExactlyInAnyOrder(tuple("Xanax", 1),
                        tuple("beer", 2));
    }

    @Test
    void aReadFindingComesBackAsNewWhenAnotherDoseRaisesItButNotWhenTheSameDoseIsEdited() {
        dose(1, afterDrink("beer", "2 standard drinks"));
        UUID id = findings.current(person).get(0).id();
        findings.acknowledge(person, id);
        assertThat(findings.open(person)).isEmpty();

        UUID second = dose(2, afterDrink("beer", "1 standard drink"));
        StoredFinding again = findings.current(person).get(0);
        assertThat(again.id()).isEqualTo(id);
        assertThat(again.state()).isEqualTo(State.NEW);
        assertThat(again.count()).isEqualTo(2);

        findings.acknowledge(person, id);
        record(second, DAY_ONE.plus(Duration.ofDays(1)).plusSeconds(600), afterDrink("beer", "1 standard drink"));
        assertThat(findings.current(person).get(0).state()).as("an edit is not a new occurrence")
                .isEqualTo(State.ACKNOWLEDGED);
        assertThat(findings.current(person).get(0).count()).isEqualTo(2);
    }

    @Test
    void aRunOfDaysOnceReadStaysReadWhileItGoesOnAndComesBackWhenANewRunStarts() {
        dose(7, everyDay(7));
        findings.acknowledge(person, findings.current(person).get(0).id());
        dose(8, everyDay(8));
        dose(9, everyDay(9));
        assertThat(findings.current(person).get(0).state()).isEqualTo(State.ACKNOWLEDGED);
        assertThat(findings.current(person).get(0).count()).isEqualTo(3);

        dose(20, everyDay(7));
        assertThat(findings.current(person).get(0).state()).as("a new run after a break").isEqualTo(State.NEW);
        assertThat(findings.current(person).get(0).count()).isEqualTo(4);
    }

    @Test
    void deletingTheDosesThatRaisedAFindingTakesItAlong() {
        UUID first = dose(7, everyDay(7));
        UUID second = dose(8, everyDay(8));
        findings.forgetDose(person, second);
        StoredFinding left = findings.current(person).get(0);
        assertThat(left.count()).isEqualTo(1);
        assertThat(left.lastSeenAt()).isEqualTo(DAY_ONE.plus(Duration.ofDays(6)));
        assertThat(left.finding().explanation()).as("the words of the dose left").contains("7 days in a row");

        findings.forgetDose(person, first);
        assertThat(findings.current(person)).isEmpty();
    }

    @Test
    void anEditThatNoLongerRaisesAFindingTakesThatDoseOutOfIt() {
        UUID dose = dose(1, afterDrink("beer", "2 standard drinks"), everyDay(7));
        record(dose, DAY_ONE, everyDay(7));
        assertThat(findings.current(person)).extracting(f -> f.finding().ruleId())
                .containsExactly("guardrail-consecutive-days");
    }

    @Test
    void aProfileFindingKeepsItsIdAndStateAcrossScreeningsAndGoesWithItsLine() {
        findings.replace(person, Origin.PROFILE, List.of(profile("tramadol", "tramadol 50 mg", "First words."),
                profile("tramadol", "Ultram at night", "Other line.")));
        StoredFinding tramadol = findings.current(person).stream()
                .filter(f -> f.finding().input().equals("tramadol 50 mg")).findFirst().orElseThrow();
        findings.acknowledge(person, tramadol.id());

        findings.replace(person, Origin.PROFILE, List.of(profile("tramadol", "Tramadol 50 mg", "New words."),
                profile("tramadol", "tramadol at night", "A new line.")));

        List<StoredFinding> current = findings.current(person);
        assertThat(current).extracting(f -> f.finding().input())
                .containsExactlyInAnyOrder("Tramadol 50 mg", "tramadol at night");
        StoredFinding kept = current.stream().filter(f -> f.id().equals(tramadol.id())).findFirst().orElseThrow();
        assertThat(kept.state()).isEqualTo(State.ACKNOWLEDGED);
        assertThat(kept.count()).isEqualTo(1);
        assertThat(kept.firstSeenAt()).isEqualTo(tramadol.firstSeenAt());
        assertThat(kept.finding().explanation()).isEqualTo("New words.");
    }
}
