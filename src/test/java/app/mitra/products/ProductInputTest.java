package app.mitra.products;

import static app.mitra.testing.Refusals.fieldsRefusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProductInputTest {

    private static ProductInput capsules(Integer capsuleMg) {
        return new ProductInput(null, "Green Malay caps", null, null, Vein.GREEN, Form.CAPSULES, capsuleMg, null, null);
    }

    private static ProductInput extract(Double ratio, Double alkaloidMgPerUnit) {
        return new ProductInput(null, "Tincture", null, null, null, Form.EXTRACT, null, ratio, alkaloidMgPerUnit);
    }

    @Test
    void aNamedPowderIsEnough() {
        ProductInput input = new ProductInput(null, "  Red Bali  ", " ", null, null, Form.POWDER, null, null, null);
        assertThat(input.name()).isEqualTo("Red Bali");
        assertThat(input.vendor()).isNull();
    }

    @Test
    void nameAndFormAreRequired() {
        assertThat(fieldsRefusedBy(() -> new ProductInput(null, "  ", null, null, null, null, null, null, null)))
                .containsExactly("name", "form");
    }

    @Test
    void namesVendorsAndStrainsAreAtMostOneHundredTwentyCharacters() {
        String ok = "n".repeat(120);
        new ProductInput(null, ok, ok, ok, null, Form.POWDER, null, null, null);
        String tooLong = ok + "n";
        assertThat(fieldsRefusedBy(() -> new ProductInput(null, tooLong, tooLong, tooLong, null, Form.POWDER, null,
                null, null))).containsExactly("name", "vendor", "strain");
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 500, 5000 })
    void capsulesHoldOneToFiveThousandMilligrams(int capsuleMg) {
        assertThat(capsules(capsuleMg).capsuleMg()).isEqualTo(capsuleMg);
    }

    @ParameterizedTest
    @ValueSource(ints = { 0, 5001 })
    void capsuleSizesOutsideTheRangeAreRefused(int capsuleMg) {
        assertThat(fieldsRefusedBy(() -> capsules(capsuleMg))).containsExactly("capsuleMg");
    }

    @Test
    void capsulesNeedTheirSize() {
        assertThat(fieldsRefusedBy(() -> capsules(null))).containsExactly("capsuleMg");
    }

    @ParameterizedTest
    @ValueSource(doubles = { 1, 10, 1000 })
    void extractRatiosFromOneToOneThousandAreAccepted(double ratio) {
        assertThat(extract(ratio, null).extractRatio()).isEqualTo(ratio);
    }

    @ParameterizedTest
    @ValueSource(doubles = { 0.99, 1000.5 })
    void extractRatiosOutsideTheRangeAreRefused(double ratio) {
        assertThat(fieldsRefusedBy(() -> extract(ratio, null))).containsExactly("extractRatio");
    }

    @Test
    void onlyExtractsHaveARatio() {
        assertThat(fieldsRefusedBy(() -> new ProductInput(null, "Leaf", null, null, null, Form.POWDER, null, 10.0,
                null))).containsExactly("extractRatio");
    }

    @Test
    void labelledAlkaloidIsMoreThanZeroAndAtMostOneThousandMilligrams() {
        assertThat(extract(null, 1000.0).alkaloidMgPerUnit()).isEqualTo(1000.0);
        assertThat(fieldsRefusedBy(() -> extract(null, 0.0))).containsExactly("alkaloidMgPerUnit");
        assertThat(fieldsRefusedBy(() -> extract(null, 1000.1))).containsExactly("alkaloidMgPerUnit");
    }
}
