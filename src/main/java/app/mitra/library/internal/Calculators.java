package app.mitra.library.internal;

/**
 * The arithmetic behind the tools. None of it is advice on how much to take: each converts between
 * units the person already chose, and says how uncertain the conversion is.
 */
final class Calculators {

    /** A level teaspoon of fine leaf powder, as the journal counts it (DoseNormaliser), and its common range. */
    static final double GRAMS_PER_TEASPOON = 2.5;
    static final double TEASPOON_LOW = 2.0;
    static final double TEASPOON_HIGH = 3.0;
    /**
     * Mitragynine in two well-characterised leaf powders used in clinical studies (13.3 and 19.5 mg/g,
     * Huestis 2024 and the NaPDI study product); shop leaf varies far more (3.9-62.1 mg/g, Prozialeck 2020).
     */
    static final double LEAF_MG_PER_G_LOW = 13.3;
    static final double LEAF_MG_PER_G_HIGH = 19.5;

    private Calculators() {
    }

    record Capsules(double grams, double capsules, int mgPerCapsule) {
    }

    static Capsules capsulesFromGrams(double grams, int mgPerCapsule) {
        return new Capsules(grams, grams * 1000 / mgPerCapsule, mgPerCapsule);
    }

    static Capsules gramsFromCapsules(double capsules, int mgPerCapsule) {
        return new Capsules(capsules * mgPerCapsule / 1000, capsules, mgPerCapsule);
    }

    /** A range, with the middle figure the journal would store. */
    record Range(double low, double middle, double high) {
    }

    static Range gramsFromTeaspoons(double teaspoons) {
        return new Range(teaspoons * TEASPOON_LOW, teaspoons * GRAMS_PER_TEASPOON, teaspoons * TEASPOON_HIGH);
    }

    /** Leaf grams a ratio extract stands for: its mass times the ratio. The label's ratio is not a measurement. */
    static double leafFromRatio(double extractGrams, double ratio) {
        return extractGrams * ratio;
    }

    /** Leaf grams that would hold the labelled mitragynine, over the range of characterised leaf. */
    static Range leafFromLabelledMg(double mitragynineMg) {
        return new Range(mitragynineMg / LEAF_MG_PER_G_HIGH, mitragynineMg * 2 / (LEAF_MG_PER_G_LOW + LEAF_MG_PER_G_HIGH),
                mitragynineMg / LEAF_MG_PER_G_LOW);
    }

    /** A number as people type it: "1,5" or "1.5"; null when it is not a positive number within reason. */
    static Double positive(String text, double max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.trim().replace(',', '.'));
            return value > 0 && value <= max && Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
