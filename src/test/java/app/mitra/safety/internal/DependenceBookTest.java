package app.mitra.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import app.mitra.safety.Evidence;
import app.mitra.safety.Finding;
import app.mitra.safety.Severity;
import app.mitra.safety.internal.DataFiles.BrokenDataFileException;
import app.mitra.safety.internal.UsePattern.DayUse;

/** The shipped dependence file is valid and says what it observed; broken copies of it stop start-up. */
class DependenceBookTest {

    private static String shipped() throws IOException {
        return new ClassPathResource(DependenceBook.FILE).getContentAsString(StandardCharsets.UTF_8);
    }

    private static DependenceBook read(String json) {
        return DependenceBook.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedFileHasASignalForEveryPolicyWithSourcesAndADate() {
        DependenceBook book = DependenceBook.load();
        assertThat(book.signals()).hasSize(DependencePolicy.values().length);
        assertThat(LocalDate.parse(book.asOf())).isBefore(LocalDate.now().plusDays(1));
        assertThat(book.signals()).allSatisfy(signal -> assertThat(signal.sources()).isNotEmpty());
        assertThat(book.lookBackDays()).isEqualTo(56);
    }

    @Test
    void aFindingStatesTheObservedNumbersAndCitesItsSources() {
        DependenceBook book = DependenceBook.load();
        Map<LocalDate, DayUse> days = new HashMap<>();
        LocalDate today = LocalDate.of(2026, 11, 25);
        for (int i = 0; i < 24; i++) {
            days.put(today.minusDays(i), new DayUse(1, 2000));
        }
        List<Finding> found = book.evaluate(new UsePattern(today, days, List.of()));
        assertThat(found).singleElement().satisfies(finding -> {
            assertThat(finding.ruleId()).isEqualTo("dependence-days-used");
            assertThat(finding.category()).isEqualTo("dependence");
            assertThat(finding.severity()).isEqualTo(Severity.MONITOR);
            assertThat(finding.evidence()).isEqualTo(Evidence.MODERATE);
            assertThat(finding.title()).isEqualTo("Kratom on 24 of the last 28 days");
            assertThat(finding.explanation()).contains("24 of the last 28 days").contains("No validated daily amount")
                    .doesNotContain("{");
            assertThat(finding.sources()).extracting(source -> source.url())
                    .contains("https://doi.org/10.1016/j.drugalcdep.2024.111329");
        });
    }

    @Test
    void noSignalTextSaysHowMuchToTake() {
        DependenceBook.load().signals().forEach(signal -> assertThat(signal.advice() + signal.explanation())
                .doesNotContainIgnoringCase("you should take").doesNotContainIgnoringCase("safe dose")
                .doesNotContainIgnoringCase("recommended dose"));
    }

    @Test
    void aSignalWithoutAPolicyIsRefused() throws IOException {
        assertThatThrownBy(() -> read(shipped().replace("\"dependence-days-used\"", "\"dependence-days-usd\"")))
                .isInstanceOf(BrokenDataFileException.class)
                .hasMessageContaining("dependence-days-usd has no policy")
                .hasMessageContaining("signal dependence-days-used is missing");
    }

    @Test
    void anUncitedOrUnknownSourceIsRefused() throws IOException {
        assertThatThrownBy(() -> read(shipped().replace("[\"ROGERS2024\", \"SMITH2024EMA\"]", "[\"NOBODY2020\"]")))
                .isInstanceOf(BrokenDataFileException.class).hasMessageContaining("unknown source NOBODY2020");
        assertThatThrownBy(() -> read(shipped().replace("[\"ROGERS2024\", \"SMITH2024EMA\"]", "[]")))
                .isInstanceOf(BrokenDataFileException.class).hasMessageContaining("cites no source");
    }

    @Test
    void aPlaceholderThePolicyDoesNotFillIsRefused() throws IOException {
        assertThatThrownBy(() -> read(shipped().replace("Kratom on {days}", "Kratom on {grams}")))
                .isInstanceOf(BrokenDataFileException.class).hasMessageContaining("unknown placeholder {grams}");
    }

    @Test
    void aMissingThresholdOrAnUnknownSeverityIsRefused() throws IOException {
        assertThatThrownBy(() -> read(shipped().replace("\"minDaysUsed\": 21", "\"minDaysUsd\": 21")))
                .isInstanceOf(BrokenDataFileException.class)
                .hasMessageContaining("parameter minDaysUsed must be a number above 0");
        assertThatThrownBy(() -> read(shipped().replaceFirst("\"severity\": \"monitor\"", "\"severity\": \"severe\"")))
                .isInstanceOf(BrokenDataFileException.class).hasMessageContaining("unknown severity severe");
    }

    @Test
    void aTypoInAFieldNameOrBrokenJsonIsRefused() throws IOException {
        assertThatThrownBy(() -> read(shipped().replaceFirst("\"explanation\"", "\"explanaton\"")))
                .isInstanceOf(BrokenDataFileException.class).hasMessageContaining("explanaton");
        assertThatThrownBy(() -> read("{\"version\": ")).isInstanceOf(BrokenDataFileException.class)
                .hasMessageContaining("test.json");
    }

    @Test
    void aMissingDateIsRefused() throws IOException {
        assertThatThrownBy(() -> read(shipped().replace("\"asOf\": \"2026-11-25\"", "\"asOf\": \"last autumn\"")))
                .isInstanceOf(BrokenDataFileException.class).hasMessageContaining("asOf must be a date");
    }
}
