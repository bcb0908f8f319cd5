package app.mitra.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void controlCharactersOtherThanTabAndLineBreaksAreDropped() {
        assertThat(XmlText.clean("a\u0000b\u0011c\u001fd\te\nf\rg")).isEqualTo("abcd\te\nf\rg");
    }

    @Test
    void nonCharactersAndLoneSurrogatesAreDropped() {
        assertThat(XmlText.clean("x\uFFFEy\uFFFFz\uD800w\uDC00v")).isEqualTo("xyzwv");
    }

    @Test
    void pairedSurrogatesAndOtherTextAreKept() {
        String text = "knees 🦵 ached, évening ☕ \u00a0 \uFFFD";
        assertThat(XmlText.clean(text)).isSameAs(text);
    }

    @Test
    void aSurrogateCutOffAtTheEndIsDropped() {
        assertThat(XmlText.clean("end\uD83E")).isEqualTo("end");
    }

    @Test
    void blankInputIsNoTextOnceCleaned() {
        assertThat(Checks.clean(" \u0011 ")).isNull();
        assertThat(Checks.clean(" rain\u0011y ")).isEqualTo("rainy");
        assertThat(XmlText.clean(null)).isNull();
    }

    record Entry(String note, List<String> tags, Optional<Inner> inner, Map<String, String> named) {
    }

    record Inner(String text, int count) {
    }

    @Test
    void everyStringInsideRecordsAndCollectionsIsCleaned() {
        Entry entry = new Entry("a\u0011b", List.of("c\u0011"), Optional.of(new Inner("d\u0000e", 3)), Map.of("k", "f\uFFFF"));
        assertThat(XmlText.cleanAll(entry)).isEqualTo(new Entry("ab", List.of("c"), Optional.of(new Inner("de", 3)),
                Map.of("k", "f")));
    }

    @Test
    void aCleanValueIsReturnedAsItIs() {
        Entry entry = new Entry("fine", List.of("ok"), Optional.empty(), Map.of("k", "v"));
        assertThat(XmlText.cleanAll(entry)).isSameAs(entry);
    }

    record Strict(String name) {
        Strict {
            if (name.length() < 3) {
                throw new IllegalArgumentException("too short");
            }
        }
    }

    @Test
    void aRecordThatRefusesItsCleanedTextIsKeptAsItWas() {
        Strict strict = new Strict("a\u0011b");
        assertThat(XmlText.cleanAll(strict)).isSameAs(strict);
    }
}
