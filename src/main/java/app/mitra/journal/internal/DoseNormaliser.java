package app.mitra.journal.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import app.mitra.common.Checks;
import app.mitra.journal.DoseInput;
import app.mitra.journal.Unit;
import app.mitra.products.Batch;
import app.mitra.products.Coa;
import app.mitra.products.Form;
import app.mitra.products.Product;

/**
 * Turns what a person logged into milligrams (DESIGN.md, "Dose normalisation"). Nothing is
 * guessed: alkaloid figures exist only when the batch's certificate or the product's label states
 * them; teaspoons, millilitres, tea and extracts are flagged approximate.
 */
public final class DoseNormaliser {

    /**
     * A level teaspoon of fine leaf powder weighs about 2.5 g (commonly quoted as 2-3 g, varying
     * with grind and packing); the dose is flagged approximate, and a scale is better.
     */
    public static final double GRAMS_PER_TEASPOON = 2.5;
    /** Liquid extracts are taken as 1 g per ml (water-like); flagged approximate. */
    public static final double GRAMS_PER_ML = 1.0;
    public static final long MAX_MATERIAL_MG = 1_000_000;

    private static final Map<Form, Set<Unit>> UNITS = Map.of(
            Form.POWDER, EnumSet.of(Unit.G, Unit.MG, Unit.TSP),
            Form.CAPSULES, EnumSet.of(Unit.CAPSULES, Unit.G, Unit.MG),
            Form.TEA, EnumSet.of(Unit.G, Unit.MG, Unit.TSP),
            Form.EXTRACT, EnumSet.of(Unit.G, Unit.MG, Unit.ML, Unit.CAPSULES));

    private DoseNormaliser() {
    }

    public record Normalised(long materialMg, Long leafEquivalentMg, Double mitragynineMg, Double sevenOhMg,
            boolean approximate) {
    }

    public static Set<Unit> unitsFor(Form form) {
        return UNITS.get(form);
    }

    public static Normalised normalise(DoseInput dose, Optional<Product> product) {
        return normalise(dose, product, Optional.empty());
    }

    /** With the dose's batch (when it names one): it must be the person's and belong to the dose's product. */
    public static Normalised normalise(DoseInput dose, Optional<Product> product, Optional<Batch> batch) {
        Product p = product.orElse(null);
        Batch b = batch.orElse(null);
        Checks checks = new Checks();
        checks.require(dose.batchId() == null || b != null, "batchId", "is not one of your batches");
        checks.require(b == null || p == null || b.productId().equals(p.id()), "batchId",
                "is a batch of another product; choose one of this product's batches");
        if (!UNITS.get(dose.form()).contains(dose.unit())) {
            // the message is built only when needed: an import normalises 100,000 doses in a row
            checks.require(false, "unit",
                    "does not fit " + dose.form().name().toLowerCase() + "; use one of " + symbols(dose.form()));
        }
        checks.require(dose.productId() == null || p != null, "productId", "is not one of your products");
        if (p != null) {
            checks.require((p.form() == Form.EXTRACT) == (dose.form() == Form.EXTRACT), "form",
                    "an extract product is logged as EXTRACT, and only extract products are");
        }
        checks.require(dose.unit() != Unit.CAPSULES || (p != null && p.capsuleMg() != null), "productId",
                "choose a product with its capsule size to log capsules, or enter grams");
        checks.orThrow();

        double massMg = switch (dose.unit()) {
            case G -> dose.amount() * 1000;
            case MG -> dose.amount();
            case TSP -> dose.amount() * GRAMS_PER_TEASPOON * 1000;
            case ML -> dose.amount() * GRAMS_PER_ML * 1000;
            case CAPSULES -> dose.amount() * p.capsuleMg();
        };
        long materialMg = Math.round(massMg);
        new Checks().require(materialMg >= 1, "amount", "is less than 1 mg")
                .require(materialMg <= MAX_MATERIAL_MG, "amount", "is more than 1 kg; check the unit")
                .orThrow();
        boolean approximate = dose.unit() == Unit.TSP || dose.unit() == Unit.ML || dose.form() == Form.TEA
                || dose.form() == Form.EXTRACT;
        Long leafEquivalentMg = dose.form() != Form.EXTRACT ? Long.valueOf(materialMg)
                : p == null || p.extractRatio() == null ? null : Math.round(p.extractRatio() * materialMg);
        Coa coa = b == null ? null : b.coa();
        // An extract's label states its own potency; leaf is measured by the batch's certificate first.
        Double labelled = labelledMitragynine(dose, p, massMg);
        Double certified = coa == null ? null : ofMass(coa.mitragyninePercent(), massMg);
        Double mitragynine = dose.form() == Form.EXTRACT ? (labelled != null ? labelled : certified)
                : (certified != null ? certified : labelled);
        Double sevenOh = coa == null ? null : ofMass(coa.sevenOhPercent(), massMg);
        return new Normalised(materialMg, leafEquivalentMg, mitragynine, sevenOh, approximate);
    }

    /** A certificate's % w/w of the mass taken, in mg to two decimals; null when the certificate gives none. */
    private static Double ofMass(Double percent, double massMg) {
        return percent == null ? null : Math.round(massMg * percent / 100 * 100) / 100.0;
    }

    /** The label's alkaloid content is per unit of the dose: per g of mass, per ml or per capsule. */
    private static Double labelledMitragynine(DoseInput dose, Product p, double massMg) {
        if (p == null || p.alkaloidMgPerUnit() == null) {
            return null;
        }
        double units = switch (dose.unit()) {
            case ML, CAPSULES -> dose.amount();
            case G, MG, TSP -> massMg / 1000;
        };
        return Math.round(units * p.alkaloidMgPerUnit() * 100) / 100.0;
    }

    private static String symbols(Form form) {
        return String.join(", ", UNITS.get(form).stream().map(Unit::symbol).toList());
    }
}
