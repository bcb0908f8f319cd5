package app.mitra.journal;

import static app.mitra.testing.Refusals.fieldsRefusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CheckInInputTest {

    private static final Instant NOW = Instant.now();

    /** A valid check-in with one scale set to the given value; PEG items come as a pair. */
    private static CheckInInput withScale(String field, Integer value) {
        Map<String, Integer> scales = new HashMap<>(Map.of("pain", 5));
        if (field.equals("enjoyment") || field.equals("activity")) {
            scales.put("enjoyment", 5);
            scales.put("activity", 5);
        }
        scales.put(field, value);
        return new CheckInInput(null, NOW, scales.get("pain"), null, null, scales.get("enjoyment"),
                scales.get("activity"), scales.get("mood"), scales.get("anxiety"), scales.get("energy"),
                scales.get("sleepQuality"), null, null);
    }

    private static CheckInInput painAt(Instant takenAt) {
        return new CheckInInput(null, takenAt, 4, null, null, null, null, null, null, null, null, null, null);
    }

    private static CheckInInput withLists(List<String> bodySites, List<SideEffect> sideEffects) {
        return new CheckInInput(null, NOW, 4, null, bodySites, null, null, null, null, null, null, sideEffects, null);
    }

    @ParameterizedTest
    @ValueSource(strings = { "pain", "enjoyment", "activity", "mood", "anxiety", "energy", "sleepQuality" })
    void everyScaleAcceptsZeroToTen(String scale) {
        withScale(scale, 0);
        withScale(scale, 10);
    }

    @ParameterizedTest
    @ValueSource(strings = { "pain", "enjoyment", "activity", "mood", "anxiety", "energy", "sleepQuality" })
    void everyScaleRefusesMinusOneAndEleven(String scale) {
        assertThat(fieldsRefusedBy(() -> withScale(scale, -1))).containsExactly(scale);
        assertThat(fieldsRefusedBy(() -> withScale(scale, 11))).containsExactly(scale);
    }

    @Test
    void painIsRequired() {
        assertThat(fieldsRefusedBy(() -> withScale("pain", null))).containsExactly("pain");
    }

    @Test
    void enjoymentWithoutActivityIsNotAPegAssessment() {
        assertThat(fieldsRefusedBy(() -> new CheckInInput(null, NOW, 5, null, null, 4, null, null, null, null, null,
                null, null))).containsExactly("activity");
        assertThat(fieldsRefusedBy(() -> new CheckInInput(null, NOW, 5, null, null, null, 4, null, null, null, null,
                null, null))).containsExactly("enjoyment");
    }

    @Test
    void painWithEnjoymentAndActivityIsAPegAssessment() {
        assertThat(withScale("enjoyment", 3).isPeg()).isTrue();
        assertThat(withScale("mood", 3).isPeg()).isFalse();
    }

    @Test
    void theTimeIsRequired() {
        assertThat(fieldsRefusedBy(() -> painAt(null))).containsExactly("takenAt");
    }

    @Test
    void aTimeUpToADayAheadIsAcceptedForClocksThatRunFast() {
        assertThat(painAt(NOW.plus(Duration.ofHours(23))).takenAt()).isAfter(NOW);
    }

    @Test
    void aTimeMoreThanADayAheadIsRefused() {
        assertThat(fieldsRefusedBy(() -> painAt(NOW.plus(Duration.ofHours(25))))).containsExactly("takenAt");
    }

    @Test
    void aTimeAtOrBeforeTheEpochIsRefused() {
        assertThat(fieldsRefusedBy(() -> painAt(Instant.EPOCH))).containsExactly("takenAt");
    }

    @Test
    void thirtyBodySitesOfSixtyCharactersAreTheMost() {
        withLists(Collections.nCopies(1, "x".repeat(60)), null);
        withLists(java.util.stream.IntStream.range(0, 30).mapToObj(i -> "site " + i).toList(), null);
        assertThat(fieldsRefusedBy(() -> withLists(List.of("x".repeat(61)), null))).containsExactly("bodySites");
        assertThat(fieldsRefusedBy(() -> withLists(
                java.util.stream.IntStream.range(0, 31).mapToObj(i -> "site " + i).toList(), null)))
                .containsExactly("bodySites");
    }

    @Test
    void aSideEffectNeedsASymptomAndASeverityOnTheScale() {
        assertThat(fieldsRefusedBy(() -> withLists(null, List.of(new SideEffect("nausea", 3),
                new SideEffect(" ", 11))))).containsExactly("sideEffects[1].symptom", "sideEffects[1].severity");
        assertThat(fieldsRefusedBy(() -> withLists(null, List.of(new SideEffect("x".repeat(81), null)))))
                .containsExactly("sideEffects[0].symptom", "sideEffects[0].severity");
    }

    @Test
    void thirtySideEffectsAreTheMost() {
        List<SideEffect> thirtyOne = Collections.nCopies(31, new SideEffect("itch", 1));
        assertThat(fieldsRefusedBy(() -> withLists(null, thirtyOne))).containsExactly("sideEffects");
        assertThat(withLists(null, thirtyOne.subList(0, 30)).sideEffects()).hasSize(30);
    }

    @Test
    void aNoteOfFourThousandCharactersIsTheLongest() {
        new CheckInInput(null, NOW, 4, null, null, null, null, null, null, null, null, null, "n".repeat(4000));
        assertThat(fieldsRefusedBy(() -> new CheckInInput(null, NOW, 4, null, null, null, null, null, null, null,
                null, null, "n".repeat(4001)))).containsExactly("note");
    }

    @Test
    void listsAreCleanedOfBlanksAndRepeatsAndTextIsTrimmed() {
        CheckInInput input = new CheckInInput(null, NOW, 4, java.util.Arrays.asList(PainType.HEADACHE, null,
                PainType.HEADACHE), List.of(" knee ", "knee", "  "), null, null, null, null, null, null,
                List.of(new SideEffect(" nausea ", 2)), "   ");
        assertThat(input.painTypes()).containsExactly(PainType.HEADACHE);
        assertThat(input.bodySites()).containsExactly("knee");
        assertThat(input.sideEffects()).containsExactly(new SideEffect("nausea", 2));
        assertThat(input.note()).isNull();
    }
}
