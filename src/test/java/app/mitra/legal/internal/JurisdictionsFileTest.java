package app.mitra.legal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import app.mitra.legal.Level;

/** The legal data file as shipped passes its checks, and each kind of broken edit stops start-up by name. */
class JurisdictionsFileTest {

    private static final String ROW = """
            {"code": "US-XX", "name": "Nowhere", "level": "state", "parent": "US", "status": "banned", "min_age": null,
             "regulation_notes": "n", "seven_oh": "banned", "seven_oh_note": "n", "effective_date": "2026-07-01",
             "prior_status": "legal", "as_of": "2026-07-02", "confidence": "high", "ban_scope": "sale_only",
             "sources": [{"title": "Statute", "url": "https://example.org/s", "date": "2026-07-02", "kind": "primary", "seen": "excerpt"}]}
            """;
    private static final String US = """
            {"code": "US", "name": "United States", "level": "country", "parent": null, "status": "legal", "min_age": null,
             "regulation_notes": "n", "seven_oh": "unknown", "seven_oh_note": "n", "effective_date": null, "as_of": "2026",
             "confidence": "high", "sources": [{"title": "FR", "url": "https://example.org/f", "date": "2026", "kind": "primary", "seen": "excerpt"}]}
            """;

    @Test
    void theShippedFileCoversCountriesEveryStateAndDcAndLocalities() {
        JurisdictionsFile file = JurisdictionsFile.load();
        assertThat(file.rows()).hasSize(114);
        assertThat(file.rows().stream().filter(row -> row.level() == Level.STATE)).hasSize(51);
        assertThat(file.rows().stream().filter(row -> row.level() == Level.LOCALITY)).hasSize(32);
        assertThat(file.datasetVersion()).isEqualTo("2026-08-22");
    }

    @Test
    void aWellFormedFileReads() {
        assertThat(read(ROW).rows()).hasSize(2);
    }

    @Test
    void aMissingParentIsRefused() {
        assertBroken(ROW.replace("\"parent\": \"US\"", "\"parent\": \"XX\""), "existing country parent");
    }

    @Test
    void aNewRuleWithoutItsPriorStatusIsRefused() {
        assertBroken(ROW.replace("\"prior_status\": \"legal\",", ""), "needs a prior_status");
    }

    @Test
    void aRowWithoutSourcesIsRefused() {
        assertBroken(ROW.replaceAll("\"sources\": \\[.*]", "\"sources\": []"), "at least one source");
    }

    @Test
    void anAsOfOlderThanItsNewestSourceIsRefused() {
        assertBroken(ROW.replace("\"as_of\": \"2026-07-02\"", "\"as_of\": \"2026-06-01\""), "not the newest source");
    }

    @Test
    void anUnknownStatusFlagOrFieldIsRefused() {
        assertBroken(ROW.replace("\"status\": \"banned\"", "\"status\": \"forbidden\""), "forbidden");
        assertBroken(ROW.replace("\"confidence\": \"high\"", "\"confidence\": \"high\", \"flags\": [\"maybe\"]"), "unknown flag maybe");
        assertBroken(ROW.replace("\"confidence\": \"high\"", "\"confidence\": \"high\", \"colour\": \"red\""), "colour");
    }

    @Test
    void aBanScopeOnARowThatIsNotBannedIsRefused() {
        assertBroken(ROW.replace("\"status\": \"banned\"", "\"status\": \"regulated\""), "ban_scope");
    }

    @Test
    void aMalformedDateIsRefused() {
        assertBroken(ROW.replace("\"effective_date\": \"2026-07-01\"", "\"effective_date\": \"July 2026\""), "effective_date");
    }

    private static JurisdictionsFile read(String row) {
        String json = "{\"schema_version\": 1, \"dataset_version\": \"2026-08-22\", \"generated\": \"2026-11-25\", "
                + "\"source\": \"test\", \"rows\": [" + US + "," + row + "]}";
        return JurisdictionsFile.read("test.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertBroken(String row, String problem) {
        assertThatThrownBy(() -> read(row)).isInstanceOf(BrokenLegalDataException.class).hasMessageContaining(problem);
    }
}
