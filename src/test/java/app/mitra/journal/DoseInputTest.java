package app.mitra.journal;

import static app.mitra.testing.Refusals.fieldsRefusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.mitra.products.Form;

class DoseInputTest {

    private static final Instant NOW = Instant.now();

    private static DoseInput grams(Double amount) {
        return new DoseInput(null, NOW, Form.POWDER, amount, Unit.G, null, null, Method.TOSS_AND_WASH, null);
    }

    @Test
    void aPowderDoseInGramsIsAccepted() {
        assertThat(grams(2.5).amount()).isEqualTo(2.5);
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0, -1, -0.001 })
    void anAmountMustBeMoreThanZero(double amount) {
        assertThat(fieldsRefusedBy(() -> grams(amount))).containsExactly("amount");
    }

    @Test
    void everyMissingRequiredFieldIsReported() {
        assertThat(fieldsRefusedBy(() -> new DoseInput(null, null, null, null, null, null, null, null, null)))
                .containsExactly("takenAt", "form", "amount", "unit");
    }

    @Test
    void aDoseMoreThanADayInTheFutureIsRefused() {
        assertThat(fieldsRefusedBy(() -> new DoseInput(null, NOW.plus(Duration.ofDays(2)), Form.POWDER, 2.0, Unit.G,
                null, null, null, null))).containsExactly("takenAt");
    }

    @Test
    void aBatchNeedsItsProduct() {
        assertThat(fieldsRefusedBy(() -> new DoseInput(null, NOW, Form.POWDER, 2.0, Unit.G, null, UUID.randomUUID(),
                null, null))).containsExactly("batchId");
        assertThat(new DoseInput(null, NOW, Form.POWDER, 2.0, Unit.G, UUID.randomUUID(), UUID.randomUUID(), null,
                null).batchId()).isNotNull();
    }

    @Test
    void aNoteIsTrimmedAndAtMostFourThousandCharacters() {
        assertThat(new DoseInput(null, NOW, Form.TEA, 3.0, Unit.G, null, null, null, "  strong  ").note())
                .isEqualTo("strong");
        assertThat(fieldsRefusedBy(() -> new DoseInput(null, NOW, Form.TEA, 3.0, Unit.G, null, null, null,
                "n".repeat(4001)))).containsExactly("note");
    }
}
