package app.mitra.legal.internal;

import static app.mitra.legal.internal.Lookups.lookup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import app.mitra.legal.LegalAnswer;
import app.mitra.legal.LegalAnswer.Candidate;
import app.mitra.legal.LegalStatus;
import app.mitra.legal.SevenOh;
import app.mitra.legal.UnknownPlaceException;

/** Lookups written the way people type places, against the real data file, on the data's own date. */
class LegalLookupTest {

    @Test
    void aCityInABannedStateIsBannedAndSaysLocalRulesMayExist() {
        LegalAnswer answer = lookup("Madison, Wisconsin");
        assertThat(answer.status()).isEqualTo(LegalStatus.BANNED);
        assertThat(answer.codes()).containsExactly("US-WI", "US");
        assertThat(answer.sevenOh()).isEqualTo(SevenOh.BANNED);
        assertThat(answer.warnings()).anyMatch(w -> w.contains("no entry does not mean no local rule"));
        assertThat(answer.sources()).isNotEmpty();
    }

    @Test
    void lowerCaseWithoutACommaAndAStateAbbreviationReadsTheSame() {
        assertThat(lookup("madison wi").codes()).containsExactly("US-WI", "US");
        assertThat(lookup("MADISON,WI").codes()).containsExactly("US-WI", "US");
    }

    @Test
    void aCityBanIsStricterThanItsStateAndItsCountyRowAppliesToo() {
        LegalAnswer answer = lookup("Tupelo, MS");
        assertThat(answer.status()).isEqualTo(LegalStatus.BANNED);
        assertThat(answer.codes()).containsExactly("US-MS-TUPELO", "US-MS-LEE-COUNTY", "US-MS", "US");
        assertThat(answer.places().get(0).layers()).extracting(layer -> layer.status())
                .containsExactly(LegalStatus.BANNED, LegalStatus.BANNED, LegalStatus.REGULATED, LegalStatus.LEGAL);
        assertThat(answer.minAge()).isEqualTo(21);
    }

    @Test
    void aRegulatedCityInAStateThatForbidsSalesGetsTheStateBanAndTheCityAge() {
        LegalAnswer answer = lookup("Solana Beach, CA 92075");
        assertThat(answer.status()).isEqualTo(LegalStatus.BANNED);
        assertThat(answer.codes().get(0)).isEqualTo("US-CA-SOLANA-BEACH");
        assertThat(answer.minAge()).isEqualTo(21);
        assertThat(answer.warnings()).anyMatch(w -> w.startsWith("California: the ban covers selling it"));
    }

    @Test
    void aZipCodeAloneFindsItsCityAndState() {
        assertThat(lookup("92075").codes()).containsExactly("US-CA-SOLANA-BEACH", "US-CA", "US");
    }

    @Test
    void aForeignCityResolvesToItsCountry() {
        LegalAnswer answer = lookup("Bangkok");
        assertThat(answer.status()).isEqualTo(LegalStatus.REGULATED);
        assertThat(answer.codes()).containsExactly("TH");
        assertThat(answer.minAge()).isEqualTo(18);
        assertThat(answer.candidates()).isNull();
    }

    @Test
    void aTripAnswersForEveryPlaceStrictestFirst() {
        LegalAnswer answer = lookup("flying from Bali to Singapore");
        assertThat(answer.status()).isEqualTo(LegalStatus.BANNED);
        assertThat(answer.codes()).containsExactly("SG", "ID");
        assertThat(answer.places()).extracting(place -> place.status())
                .containsExactly(LegalStatus.BANNED, LegalStatus.REGULATED);
        assertThat(answer.warnings()).anyMatch(w -> w.contains("even in transit"))
                .anyMatch(w -> w.startsWith("Singapore: penalties are severe"));
    }

    @Test
    void aTripWithArrowsOrCommasIsStillATrip() {
        assertThat(lookup("Bali -> Singapore").codes()).containsExactly("SG", "ID");
        assertThat(lookup("Bali, Singapore").codes()).containsExactly("SG", "ID");
        assertThat(lookup("Chicago to Tupelo, MS").codes()).containsExactly("US-MS-TUPELO", "US-IL");
    }

    @Test
    void washingtonAloneIsAmbiguousBetweenTheStateAndTheCapital() {
        LegalAnswer answer = lookup("Washington");
        assertThat(answer.candidates()).extracting(Candidate::code).containsExactlyInAnyOrder("US-WA", "US-DC");
        assertThat(answer.status()).isEqualTo(LegalStatus.UNCLEAR);
        assertThat(answer.warnings()).anyMatch(w -> w.contains("could mean several places"));
    }

    @Test
    void dcAndWashingtonDcAreTheDistrict() {
        assertThat(lookup("DC").codes()).containsExactly("US-DC", "US");
        assertThat(lookup("washington d.c.").codes()).containsExactly("US-DC", "US");
        assertThat(lookup("Seattle, Washington").codes()).containsExactly("US-WA", "US");
    }

    @Test
    void aBareNameSharedByManyPlacesNeverResolvesToTheOneRowSilently() {
        LegalAnswer columbus = lookup("Columbus");
        assertThat(columbus.candidates()).extracting(Candidate::code).contains("US-MS-COLUMBUS", "US-OH", "US-GA");
        assertThat(lookup("Kansas City").candidates()).extracting(Candidate::code)
                .containsExactly("US-KS", "US-MO-KANSAS-CITY");
        assertThat(lookup("Lee County").candidates()).extracting(Candidate::code).contains("US-MS-LEE-COUNTY", "US-FL");
    }

    @Test
    void aStateAbbreviationAfterACityIsTheStateNotTheCountryWithTheSameCode() {
        assertThat(lookup("Springfield, IL").codes()).containsExactly("US-IL", "US");
        assertThat(lookup("Boise, ID").codes()).containsExactly("US-ID", "US");
        assertThat(lookup("Kansas City, MO").codes().get(0)).isEqualTo("US-MO-KANSAS-CITY");
    }

    @Test
    void aBareCodeSharedByAStateAndACountryListsBoth() {
        assertThat(lookup("CA").candidates()).extracting(Candidate::code).containsExactly("US-CA", "CA");
        assertThat(lookup("IL").candidates()).extracting(Candidate::code).containsExactly("IL", "US-IL");
    }

    @Test
    void aProvinceOrItsAbbreviationNamesTheCountry() {
        assertThat(lookup("Vancouver, BC").codes()).containsExactly("CA");
        assertThat(lookup("Ubud, Bali").codes()).containsExactly("ID");
        assertThat(lookup("Sydney NSW").codes()).containsExactly("AU");
    }

    @Test
    void nicknamesAndShortFormsOfCityNamesAreUnderstood() {
        assertThat(lookup("NYC").codes()).containsExactly("US-NY", "US");
        assertThat(lookup("New York, NY").codes()).containsExactly("US-NY", "US");
        assertThat(lookup("Saint Louis, Missouri").codes()).containsExactly("US-MO", "US");
        assertThat(lookup("St. Louis MO").codes()).containsExactly("US-MO", "US");
        assertThat(lookup("Ft. Worth, TX").codes()).containsExactly("US-TX", "US");
    }

    @Test
    void beforeAnEffectiveDateThePriorStatusApplies() {
        assertThat(lookup("Providence, RI", "2026-03-15").status()).isEqualTo(LegalStatus.BANNED);
        assertThat(lookup("Providence, RI", "2026-04-01").status()).isEqualTo(LegalStatus.REGULATED);
        LegalAnswer beforeTupeloBan = lookup("Tupelo, MS", "2026-01-15");
        assertThat(beforeTupeloBan.status()).isEqualTo(LegalStatus.REGULATED);
        assertThat(beforeTupeloBan.warnings()).anyMatch(w -> w.contains("from 2026-03 the status becomes banned"));
    }

    @Test
    void anAnnouncedChangeIsWarnedAboutBeforeItTakesEffect() {
        LegalAnswer boston = lookup("boston ma", "2026-08-22");
        assertThat(boston.status()).isEqualTo(LegalStatus.LEGAL);
        assertThat(boston.warnings()).anyMatch(w -> w.startsWith("Massachusetts: from 2026-08-28 the status becomes banned"));
        assertThat(lookup("boston ma", "2026-08-28").status()).isEqualTo(LegalStatus.BANNED);
        assertThat(lookup("Denver, CO").warnings()).anyMatch(w -> w.contains("announced") || w.contains("changing"));
    }

    @Test
    void anAnnouncedChangeWhoseExpectedDateHasPassedSaysItMayHaveHappened() {
        // The federal 7-OH order was "expected 2026-08 or later": still ahead in August, passed by December.
        LegalAnswer august = Lookups.BOOK.lookup("Denver, CO", LocalDate.of(2026, 8, 25), LocalDate.of(2026, 8, 25),
                Locale.ENGLISH);
        assertThat(august.warnings()).anyMatch(w -> w.startsWith("United States (federal): announced, expected 2026-08 or later:")
                && !w.contains("may have happened"));
        assertThat(august.announced()).filteredOn(a -> a.code().equals("US")).singleElement()
                .satisfies(a -> assertThat(a.expectedPassed()).isFalse());
        LegalAnswer december = Lookups.BOOK.lookup("Denver, CO", LocalDate.of(2026, 12, 4), LocalDate.of(2026, 12, 4),
                Locale.ENGLISH);
        assertThat(december.warnings()).anyMatch(w -> w.startsWith("United States (federal): announced, expected 2026-08 or later:")
                && w.endsWith("That date has passed, so it may have happened; check the sources."));
        assertThat(december.announced()).filteredOn(a -> a.code().equals("US")).singleElement()
                .satisfies(a -> assertThat(a.expectedPassed()).isTrue());
        // A trip asked for next year is judged against today: what was expected in 2026 may have happened.
        LegalAnswer trip = Lookups.BOOK.lookup("Denver, CO", LocalDate.of(2027, 3, 1), LocalDate.of(2026, 12, 4),
                Locale.ENGLISH);
        assertThat(trip.announced()).filteredOn(a -> a.code().equals("US")).singleElement()
                .satisfies(a -> assertThat(a.expectedPassed()).isTrue());
    }

    @Test
    void aChangeExpectedSometimeThisYearIsStillAheadUntilTheYearEnds() {
        LegalAnswer december = Lookups.BOOK.lookup("Lansing, MI", LocalDate.of(2026, 12, 31), LocalDate.of(2026, 12, 31),
                Locale.ENGLISH);
        assertThat(december.announced()).filteredOn(a -> a.code().equals("US-MI")).singleElement()
                .satisfies(a -> assertThat(a.expectedPassed()).isFalse());
        LegalAnswer january = Lookups.BOOK.lookup("Lansing, MI", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 1),
                Locale.ENGLISH);
        assertThat(january.announced()).filteredOn(a -> a.code().equals("US-MI")).singleElement()
                .satisfies(a -> assertThat(a.expectedPassed()).isTrue());
    }

    @Test
    void theExpectedDatesAsTheResearchWritesThemEndWhereTheyShould() {
        assertThat(PartialDate.lastExpectedDay("2026-08 or later")).hasValue(LocalDate.of(2026, 8, 31));
        assertThat(PartialDate.lastExpectedDay("2026")).hasValue(LocalDate.of(2026, 12, 31));
        assertThat(PartialDate.lastExpectedDay("2026 H2")).hasValue(LocalDate.of(2026, 12, 31));
        assertThat(PartialDate.lastExpectedDay("2026 H1")).hasValue(LocalDate.of(2026, 6, 30));
        assertThat(PartialDate.lastExpectedDay("2027-08 (max)")).hasValue(LocalDate.of(2027, 8, 31));
        assertThat(PartialDate.lastExpectedDay("2026-09-02/04")).hasValue(LocalDate.of(2026, 9, 4));
        assertThat(PartialDate.lastExpectedDay("2027-01")).hasValue(LocalDate.of(2027, 1, 31));
        assertThat(PartialDate.lastExpectedDay("unknown")).isEmpty();
        assertThat(PartialDate.lastExpectedDay("2026-13")).isEmpty();
    }

    @Test
    void aLocalRuleNotYetMadeLeavesTheStateToSpeak() {
        LegalAnswer beforeSpokaneBan = lookup("Spokane, WA", "2026-01-10");
        assertThat(beforeSpokaneBan.status()).isEqualTo(LegalStatus.LEGAL);
        assertThat(lookup("Spokane, WA", "2026-03-02").status()).isEqualTo(LegalStatus.BANNED);
    }

    @Test
    void aStateWhereLocalBansAreCommonSaysSo() {
        assertThat(lookup("Olympia, Washington").warnings()).anyMatch(w -> w.startsWith("Local bans are common in Washington"));
        assertThat(lookup("Jackson, MS").warnings()).anyMatch(w -> w.startsWith("Local bans are common in Mississippi"));
    }

    @Test
    void oldOrLowConfidenceRowsAreMarked() {
        LegalAnswer sarasota = lookup("Sarasota, FL");
        assertThat(sarasota.stale()).isTrue();
        assertThat(sarasota.asOf()).isEqualTo("2024");
        assertThat(sarasota.warnings()).anyMatch(w -> w.contains("more than 180 days ago"));
        assertThat(lookup("Nashville, TN").warnings()).anyMatch(w -> w.startsWith("Tennessee: low confidence"));
        assertThat(lookup("Madison, Wisconsin").stale()).isFalse();
    }

    @Test
    void dataThatWasFreshBecomesStaleAsTimePasses() {
        LegalAnswer later = Lookups.BOOK.lookup("Madison, Wisconsin", LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 3, 1), Locale.ENGLISH);
        assertThat(later.stale()).isTrue();
    }

    @Test
    void anUnknownPlaceIsRefusedWithNearNames() {
        assertThatThrownBy(() -> lookup("Singapor"))
                .isInstanceOfSatisfying(UnknownPlaceException.class, e -> assertThat(e.suggestions()).contains("Singapore"));
        assertThatThrownBy(() -> lookup("Narnia")).isInstanceOf(UnknownPlaceException.class);
    }

    @Test
    void anUnknownNameAfterAKnownStateAnswersForTheStateAndSaysSo() {
        LegalAnswer answer = lookup("Tbilisi, Georgia");
        assertThat(answer.codes()).containsExactly("US-GA", "US");
        assertThat(answer.warnings()).anyMatch(w -> w.contains("did not recognise \"tbilisi\""));
    }

    @Test
    void aMistypedCityInAKnownStateAnswersForTheStateAndSuggestsTheName() {
        LegalAnswer answer = lookup("Tupleo, MS");
        assertThat(answer.codes()).containsExactly("US-MS", "US");
        assertThat(answer.warnings()).anyMatch(w -> w.startsWith("Did you mean") && w.contains("Tupelo"));
    }

    @Test
    void thePartsOfATripThatCannotBePlacedAreNamed() {
        LegalAnswer answer = lookup("Bangkok to Xyzzyville");
        assertThat(answer.codes()).containsExactly("TH");
        assertThat(answer.warnings()).anyMatch(w -> w.contains("could not place \"xyzzyville\""));
    }

    @Test
    void theUkBansSaleAndImportButNotPossession() {
        LegalAnswer answer = lookup("London, UK");
        assertThat(answer.codes()).containsExactly("GB");
        assertThat(answer.warnings()).anyMatch(w -> w.contains("possession is not an offence"));
    }

    @Test
    void aProfileCodeGivesTheSameLayeredAnswer() {
        LegalAnswer answer = Lookups.BOOK.forCode("us-ms-tupelo", Lookups.DATA_DATE, Lookups.DATA_DATE, Locale.ENGLISH);
        assertThat(answer.codes()).containsExactly("US-MS-TUPELO", "US-MS", "US");
        assertThat(answer.status()).isEqualTo(LegalStatus.BANNED);
    }
}
