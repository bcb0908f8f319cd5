package app.mitra.products.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import app.mitra.products.Element;
import app.mitra.products.internal.ContaminantLimits.BrokenLimitsException;

class ContaminantLimitsTest {

    private static String shipped() throws IOException {
        try (InputStream in = new ClassPathResource(ContaminantLimits.FILE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static ContaminantLimits read(String json) {
        return ContaminantLimits.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theShippedFileHasTheUspDailyLimitsEachWithSourceEvidenceAndDate() throws IOException {
        ContaminantLimits limits = read(shipped());
        assertThat(limits.element(Element.LEAD).limit()).isEqualTo(5);
        assertThat(limits.element(Element.ARSENIC).limit()).isEqualTo(15);
        assertThat(limits.element(Element.CADMIUM).limit()).isEqualTo(5);
        assertThat(limits.element(Element.MERCURY).limit()).isEqualTo(15);
        assertThat(limits.limits()).allSatisfy(limit -> {
            assertThat(limit.sources()).isNotEmpty();
            assertThat(limit.evidence()).isIn("strong", "moderate", "weak");
            assertThat(limit.asOf()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
        assertThat(limits.sevenOhShare().limit()).isEqualTo(2);
        assertThat(limits.sevenOhConcentration().limit()).isEqualTo(0.05);
    }

    @Test
    void aFileWithoutTheLeadLimitIsRefusedNamingWhatIsMissing() throws IOException {
        String withoutLead = shipped().replace("\"subject\": \"lead\"", "\"subject\": \"nickel\"");
        assertThatThrownBy(() -> read(withoutLead)).isInstanceOf(BrokenLimitsException.class)
                .hasMessageContaining("element for lead");
    }

    @Test
    void aLimitWithoutSourcesOrWithAnUnknownEvidenceLevelIsRefused() throws IOException {
        String noEvidence = shipped().replaceFirst("\"evidence\": \"strong\"", "\"evidence\": \"certain\"");
        assertThatThrownBy(() -> read(noEvidence)).hasMessageContaining("usp2232-pb: evidence must be");
        String noSources = shipped().replaceFirst("\"sources\": \\[", "\"sources\": [], \"was\": [");
        assertThatThrownBy(() -> read(noSources)).isInstanceOf(BrokenLimitsException.class);
    }

    @Test
    void aTypoInAFieldNameIsRefusedRatherThanIgnored() throws IOException {
        String typo = shipped().replaceFirst("\"appliesTo\"", "\"appliesTO\"");
        assertThatThrownBy(() -> read(typo)).isInstanceOf(BrokenLimitsException.class)
                .hasMessageContaining("appliesTO");
    }
}
