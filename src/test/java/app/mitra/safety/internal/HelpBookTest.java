package app.mitra.safety.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import app.mitra.safety.HelpResource;
import app.mitra.safety.internal.DataFiles.BrokenDataFileException;

class HelpBookTest {

    private static String shipped() throws IOException {
        return new ClassPathResource(HelpBook.FILE).getContentAsString(StandardCharsets.UTF_8);
    }

    private static HelpBook read(String json) {
        return HelpBook.read("help.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theUnitedStatesHaveSamhsasHelplineAnd988WithSources() {
        HelpBook book = HelpBook.load();
        assertThat(book.countries().get("US").resources()).extracting(HelpResource::contact)
                .containsExactly("1-800-662-4357", "988");
        assertThat(book.countries().get("US").resources()).allSatisfy(resource -> {
            assertThat(resource.source().url()).startsWith("https://");
            assertThat(resource.asOf()).isNotBlank();
        });
        assertThat(book.countries().get("US").resources().get(1).crisis()).isTrue();
    }

    @Test
    void aResourceWithoutASourceIsRefused() throws IOException {
        String broken = shipped().replace("\"url\": \"https://988lifeline.org/\"", "\"url\": \"988lifeline\"");
        assertThatThrownBy(() -> read(broken)).isInstanceOf(BrokenDataFileException.class)
                .hasMessageContaining("988-lifeline needs a source");
    }

    @Test
    void aNumberThatCannotBeDialledIsRefused() throws IOException {
        assertThatThrownBy(() -> read(shipped().replace("\"dial\": \"+18006624357\"", "\"dial\": \"call us\"")))
                .isInstanceOf(BrokenDataFileException.class).hasMessageContaining("dial must be digits");
    }

    @Test
    void anUnknownFallbackCountryOrABadCodeIsRefused() throws IOException {
        assertThatThrownBy(() -> read(shipped().replace("\"fallbackCountry\": \"US\"", "\"fallbackCountry\": \"GB\"")))
                .isInstanceOf(BrokenDataFileException.class).hasMessageContaining("fallbackCountry GB");
        assertThatThrownBy(() -> read(shipped().replace("\"US\": {", "\"usa\": {")))
                .isInstanceOf(BrokenDataFileException.class).hasMessageContaining("usa is not two capital letters");
    }

    @Test
    void aMissingCheckDateIsRefused() throws IOException {
        assertThatThrownBy(() -> read(shipped().replaceFirst("\"asOf\": \"2026-11-25\"\n        }", "\"asOf\": null\n        }")))
                .isInstanceOf(BrokenDataFileException.class).hasMessageContaining("asOf must be a date");
    }
}
