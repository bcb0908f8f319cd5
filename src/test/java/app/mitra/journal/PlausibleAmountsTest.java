package app.mitra.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import app.mitra.journal.ImplausibleAmount.Amount;
import app.mitra.journal.internal.PlausibleAmountsFile;
import app.mitra.journal.internal.PlausibleAmountsFile.BrokenFileException;
import app.mitra.products.Form;

/** The sourced bounds that tell a slip (500 g for 5.00 g) from an amount people take, and the file behind them. */
class PlausibleAmountsTest {

    /** Built as Spring builds it at start-up, from the shipped file: a broken file stops start-up here. */
    private static final PlausibleAmounts AMOUNTS = new PlausibleAmounts();

    private static Optional<String> meant(Form form, double amount, Unit unit) {
        return AMOUNTS.check(form, unit, amount).orElseThrow().meant().map(Amount::toString);
    }

    @Test
    void theShippedFileHasASourcedBoundForEveryFormAndUnitADoseCanHave() {
        PlausibleAmountsFile file = PlausibleAmountsFile.load();
        assertThat(file.bounds()).hasSize(13).allSatisfy(bound -> {
            assertThat(bound.sources()).isNotEmpty();
            assertThat(bound.why()).isNotBlank();
        });
        assertThat(AMOUNTS.asOf()).isNotNull();
        assertThat(AMOUNTS.version()).isNotBlank();
    }

    @Test
    void ordinaryAmountsPassAndSlipsOfTheDecimalPointOrTheUnitAreCaughtWithWhatWasMeant() {
        assertThat(AMOUNTS.check(Form.POWDER, Unit.G, 3.5)).isEmpty();
        assertThat(AMOUNTS.check(Form.CAPSULES, Unit.CAPSULES, 6)).isEmpty();
        assertThat(AMOUNTS.check(Form.EXTRACT, Unit.ML, 10)).isEmpty();
        assertThat(meant(Form.POWDER, 500, Unit.G)).contains("5 g");
        assertThat(meant(Form.POWDER, 45, Unit.G)).contains("4.5 g");
        assertThat(meant(Form.POWDER, 5, Unit.MG)).as("mg typed for g").contains("5 g");
        assertThat(meant(Form.CAPSULES, 0.4, Unit.CAPSULES)).contains("4 capsules");
        assertThat(meant(Form.EXTRACT, 150, Unit.ML)).contains("15 ml");
        assertThat(AMOUNTS.check(Form.POWDER, Unit.G, 500).orElseThrow().tooMuch()).isTrue();
    }

    @Test
    void amongSeveralPossibleSlipsThePersonsOwnUsualAmountDecides() {
        assertThat(AMOUNTS.check(Form.CAPSULES, Unit.CAPSULES, 400).orElseThrow().meant()).map(Amount::toString)
                .as("without a usual amount, the first that fits").contains("40 capsules");
        assertThat(AMOUNTS.check(Form.CAPSULES, Unit.CAPSULES, 400, new Amount(4, Unit.CAPSULES)).orElseThrow().meant())
                .map(Amount::toString).contains("4 capsules");
    }

    @Test
    void aBrokenFileIsRefusedWithEveryProblemNamed() {
        String broken = """
                {"version": "", "asOf": "soon", "about": "x",
                 "sources": {"S": {"title": "A survey", "url": "https://example.org", "year": 2024}},
                 "bounds": [
                   {"form": "POWDER", "unit": "g", "min": 40, "max": 0.05, "evidence": "strong", "sources": ["S"], "why": "x"},
                   {"form": "POWDER", "unit": "ml", "min": 1, "max": 2, "evidence": "certain", "sources": ["T"], "why": ""}
                 ]}""";
        assertThatThrownBy(() -> PlausibleAmountsFile.read("test.json",
                new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(BrokenFileException.class)
                .hasMessageContaining("version is required")
                .hasMessageContaining("asOf must be a date")
                .hasMessageContaining("needs exactly one bound for POWDER in mg")
                .hasMessageContaining("bound POWDER g: needs 0 < min < max")
                .hasMessageContaining("bound POWDER ml: is not a form and unit a dose can have")
                .hasMessageContaining("evidence must be strong, moderate or weak")
                .hasMessageContaining("cites T, which is not among the sources")
                .hasMessageContaining("needs a why");
        assertThatThrownBy(() -> PlausibleAmountsFile.read("test.json",
                new ByteArrayInputStream("{\"version\": \"1\", \"typo\": 1}".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(BrokenFileException.class).hasMessageContaining("typo");
    }
}
