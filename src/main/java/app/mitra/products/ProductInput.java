package app.mitra.products;

import java.util.UUID;

import app.mitra.common.Checks;

/** A product as a person describes it; validated on construction. */
public record ProductInput(UUID id, String name, String vendor, String strain, Vein vein, Form form, Integer capsuleMg,
        Double extractRatio, Double alkaloidMgPerUnit) {

    public ProductInput {
        name = Checks.clean(name);
        vendor = Checks.clean(vendor);
        strain = Checks.clean(strain);
        new Checks()
                .require(name != null, "name", "is required")
                .text(name, "name", 120).text(vendor, "vendor", 120).text(strain, "strain", 120)
                .require(form != null, "form", "is required (POWDER, CAPSULES, TEA or EXTRACT)")
                .require(capsuleMg == null || (capsuleMg >= 1 && capsuleMg <= 5000), "capsuleMg",
                        "must be between 1 and 5000 mg")
                .require(form != Form.CAPSULES || capsuleMg != null, "capsuleMg",
                        "is needed for capsules, to turn a count into milligrams")
                .require(extractRatio == null || (extractRatio >= 1 && extractRatio <= 1000), "extractRatio",
                        "must be between 1 and 1000 (10 for a 10x extract)")
                .require(extractRatio == null || form == Form.EXTRACT, "extractRatio", "only extracts have a ratio")
                .require(alkaloidMgPerUnit == null || (alkaloidMgPerUnit > 0 && alkaloidMgPerUnit <= 1000),
                        "alkaloidMgPerUnit", "must be more than 0 and at most 1000 mg")
                .orThrow();
    }
}
