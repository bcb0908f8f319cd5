package app.mitra.common.web;

import static app.mitra.testing.Refusals.fieldsRefusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import app.mitra.common.Ids;

class CursorTest {

    @Test
    void aCursorSurvivesEncodingAndDecoding() {
        Cursor cursor = new Cursor(1_772_000_000_123L, Ids.newId());
        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
    }

    @Test
    void anEncodedCursorIsUrlSafe() {
        assertThat(new Cursor(Long.MAX_VALUE, UUID.randomUUID()).encode()).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "not a cursor", "%%%", "bm90LWEtY3Vyc29y" })
    void garbageIsRefusedAsABadCursor(String garbage) {
        assertThat(fieldsRefusedBy(() -> Cursor.decode(garbage))).containsExactly("cursor");
    }

    @Test
    void aCursorWithAMangledIdIsRefused() {
        String forged = Base64.getUrlEncoder().encodeToString("123:not-a-uuid".getBytes(StandardCharsets.UTF_8));
        assertThat(fieldsRefusedBy(() -> Cursor.decode(forged))).containsExactly("cursor");
    }
}
