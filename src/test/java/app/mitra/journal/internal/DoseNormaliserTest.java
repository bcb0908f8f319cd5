package app.mitra.journal.internal;

import static app.mitra.testing.Refusals.fieldsRefusedBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import app.mitra.journal.DoseInput;
import app.mitra.journal.Unit;
import app.mitra.journal.internal.DoseNormaliser.Normalised;
import app.mitra.products.Batch;
import app.mitra.products.Coa;
import app.mitra.products.Form;
import app.mitra.products.Product;

class DoseNormaliserTest {

    private static final UUID PRODUCT_ID = UUID.randomUUID();

    private static Product product(Form form, Integer capsuleMg, Double ratio, Double alkaloidMgPerUnit) {
        return new Product(PRODUCT_ID, "Product", null, null, null, form, capsuleMg, ratio, alkaloidMgPerUnit, false,
                Instant.now(), Instant.now());
    }

    private static Normalised normalise(Form form, double amount, Unit unit, Product product) {
        DoseInput dose = new DoseInput(null, Instant.now(), form, amount, unit, product == null ? null : product.id(),
                null, null, null);
        return DoseNormaliser.normalise(dose, Optional.ofNullable(product));
    }

    private static Normalised normalise(Form form, double amount, Unit unit) {
        return normalise(form, amount, unit, null);
    }

    @ParameterizedTest(name = "{1} {2} of {0} is {3} mg, approximate {4}")
    @CsvSource({
        "POWDER,   2.5,  G,   2500,  false",
        "POWDER,   1500, MG,  1500,  false",
        "POWDER,   1,    TSP, 2500,  true",
        "CAPSULES, 2,    G,   2000,  false",
        "CAPSULES, 800,  MG,  800,   false",
        "TEA,      5,    G,   5000,  true",
        "TEA,      300,  MG,  300,   true",
        "TEA,      2,    TSP, 5000,  true",
    })
    void leafIsWeighedInMilligrams(Form form, double amount, Unit unit, long materialMg, boolean approximate) {
        Normalised normalised = normalise(form, amount, unit);
        assertThat(normalised.materialMg()).isEqualTo(materialMg);
        assertThat(normalised.leafEquivalentMg()).isEqualTo(materialMg);
        assertThat(normalised.approximate()).isEqualTo(approximate);
        assertThat(normalised.mitragynineMg()).isNull();
        assertThat(normalised.sevenOhMg()).isNull();
    }

    @ParameterizedTest(name = "{0} cannot be measured in {1}")
    @CsvSource({ "POWDER, ML", "POWDER, CAPSULES", "CAPSULES, ML", "TEA, ML", "TEA, CAPSULES", "EXTRACT, TSP" })
    void aUnitThatDoesNotFitTheFormIsRefused(Form form, Unit unit) {
        assertThat(fieldsRefusedBy(() -> normalise(form, 1, unit))).contains("unit");
    }

    @Test
    void capsulesAreCountedTimesTheProductsCapsuleSize() {
        Normalised normalised = normalise(Form.CAPSULES, 4, Unit.CAPSULES, product(Form.CAPSULES, 500, null, null));
        assertThat(normalised.materialMg()).isEqualTo(2000);
        assertThat(normalised.approximate()).isFalse();
    }

    @Test
    void capsulesWithoutAProductCannotBeWeighed() {
        assertThat(fieldsRefusedBy(() -> normalise(Form.CAPSULES, 4, Unit.CAPSULES))).containsExactly("productId");
    }

    @Test
    void aProductThatIsNotTheUsersIsRefused() {
        DoseInput dose = new DoseInput(null, Instant.now(), Form.POWDER, 2.0, Unit.G, UUID.randomUUID(), null, null,
                null);
        assertThat(fieldsRefusedBy(() -> DoseNormaliser.normalise(dose, Optional.empty()))).containsExactly("productId");
    }

    @Test
    void anExtractsLeafEquivalentIsItsRatioTimesItsMassAndApproximate() {
        Normalised normalised = normalise(Form.EXTRACT, 2, Unit.ML, product(Form.EXTRACT, null, 10.0, null));
        assertThat(normalised.materialMg()).isEqualTo(2000);
        assertThat(normalised.leafEquivalentMg()).isEqualTo(20_000);
        assertThat(normalised.approximate()).isTrue();
    }

    @Test
    void anExtractWithoutARatioHasNoLeafEquivalent() {
        Normalised normalised = normalise(Form.EXTRACT, 0.5, Unit.G);
        assertThat(normalised.materialMg()).isEqualTo(500);
        assertThat(normalised.leafEquivalentMg()).isNull();
        assertThat(normalised.approximate()).isTrue();
    }

    @Test
    void extractProductsAreLoggedAsExtractsAndOnlyThey() {
        assertThat(fieldsRefusedBy(() -> normalise(Form.POWDER, 2, Unit.G, product(Form.EXTRACT, null, 10.0, null))))
                .containsExactly("form");
        assertThat(fieldsRefusedBy(() -> normalise(Form.EXTRACT, 2, Unit.G, product(Form.POWDER, null, null, null))))
                .containsExactly("form");
    }

    @ParameterizedTest(name = "{1} {2} at {3} mg per unit is {4} mg mitragynine")
    @CsvSource({
        "EXTRACT,  2,   ML,       20,  40.0",
        "EXTRACT,  500, MG,       30,  15.0",
        "POWDER,   3,   G,        15,  45.0",
        "CAPSULES, 4,   CAPSULES, 8,   32.0",
    })
    void labelledAlkaloidIsCountedPerUnitOfTheDose(Form form, double amount, Unit unit, double perUnit,
            double mitragynineMg) {
        Product product = product(form, form == Form.CAPSULES ? 500 : null, null, perUnit);
        Normalised normalised = normalise(form, amount, unit, product);
        assertThat(normalised.mitragynineMg()).isEqualTo(mitragynineMg);
        assertThat(normalised.sevenOhMg()).isNull();
    }

    @Test
    void oneKilogramIsTheLargestDoseAndLessThanAMilligramIsNoDose() {
        assertThat(normalise(Form.POWDER, 1000, Unit.G).materialMg()).isEqualTo(1_000_000);
        assertThat(fieldsRefusedBy(() -> normalise(Form.POWDER, 1000.001, Unit.G))).containsExactly("amount");
        assertThat(fieldsRefusedBy(() -> normalise(Form.POWDER, 0.4, Unit.MG))).containsExactly("amount");
    }

    // ---- a batch's certificate

    private static Batch batch(UUID productId, Double mitragyninePercent, Double sevenOhPercent) {
        Coa coa = new Coa("Lab", null, null, mitragyninePercent, sevenOhPercent, null, 0.5, null, null, null, null,
                null, null, null);
        return new Batch(UUID.randomUUID(), productId, "B-1", null, coa, null, Instant.now(), Instant.now());
    }

    private static Normalised withBatch(Form form, double amount, Unit unit, Product product, Batch batch) {
        DoseInput dose = new DoseInput(null, Instant.now(), form, amount, unit, product.id(), batch.id(), null, null);
        return DoseNormaliser.normalise(dose, Optional.of(product), Optional.of(batch));
    }

    @Test
    void alkaloidsComeFromTheBatchCertificateTimesTheMaterialTaken() {
        Product caps = product(Form.CAPSULES, 500, null, null);
        Normalised normalised = withBatch(Form.CAPSULES, 4, Unit.CAPSULES, caps, batch(PRODUCT_ID, 1.5, 0.02));
        assertThat(normalised.mitragynineMg()).isEqualTo(30.0);
        assertThat(normalised.sevenOhMg()).isEqualTo(0.4);
    }

    @Test
    void aCertificateWithoutAFigureLeavesItUnknownNeverGuessed() {
        Normalised normalised = withBatch(Form.POWDER, 2, Unit.G, product(Form.POWDER, null, null, null),
                batch(PRODUCT_ID, null, null));
        assertThat(normalised.mitragynineMg()).isNull();
        assertThat(normalised.sevenOhMg()).isNull();
    }

    @Test
    void leafPrefersTheCertificateAndAnExtractPrefersItsLabel() {
        assertThat(withBatch(Form.POWDER, 2, Unit.G, product(Form.POWDER, null, null, 10.0), batch(PRODUCT_ID, 1.5, null))
                .mitragynineMg()).isEqualTo(30.0);
        assertThat(withBatch(Form.EXTRACT, 1, Unit.G, product(Form.EXTRACT, null, 10.0, 100.0),
                batch(PRODUCT_ID, 1.5, null)).mitragynineMg()).isEqualTo(100.0);
    }

    @Test
    void aBatchOfAnotherProductOrNotThePersonsIsRefusedOnTheBatchField() {
        Product powder = product(Form.POWDER, null, null, null);
        assertThat(fieldsRefusedBy(() -> withBatch(Form.POWDER, 2, Unit.G, powder, batch(UUID.randomUUID(), 1.5, null))))
                .containsExactly("batchId");
        DoseInput dose = new DoseInput(null, Instant.now(), Form.POWDER, 2.0, Unit.G, powder.id(), UUID.randomUUID(),
                null, null);
        assertThat(fieldsRefusedBy(() -> DoseNormaliser.normalise(dose, Optional.of(powder), Optional.empty())))
                .containsExactly("batchId");
        assertThat(fieldsRefusedBy(() -> new DoseInput(null, Instant.now(), Form.POWDER, 2.0, Unit.G, null,
                UUID.randomUUID(), null, null))).containsExactly("batchId");
    }
}
