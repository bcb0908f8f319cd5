package app.mitra.products;

import java.time.LocalDate;

import app.mitra.common.Checks;

/**
 * A certificate of analysis as the lab reports it: alkaloids in % w/w, elements in µg per g,
 * pathogens detected or not, and counts in colony-forming units per g. Every figure is optional;
 * {@code batchCode} is the batch the certificate itself names, when it names one.
 */
public record Coa(String lab, LocalDate testedOn, String batchCode, Double mitragyninePercent, Double sevenOhPercent,
        Double totalAlkaloidsPercent, Double leadUgPerG, Double arsenicUgPerG, Double cadmiumUgPerG,
        Double mercuryUgPerG, Detection salmonella, Detection eColi, Double totalAerobicCfuPerG,
        Double yeastMoldCfuPerG) {

    public Coa {
        lab = Checks.clean(lab);
        batchCode = Checks.clean(batchCode);
        Checks checks = new Checks().text(lab, "coa.lab", 120).text(batchCode, "coa.batchCode", 80);
        percent(checks, mitragyninePercent, "coa.mitragyninePercent");
        percent(checks, sevenOhPercent, "coa.sevenOhPercent");
        percent(checks, totalAlkaloidsPercent, "coa.totalAlkaloidsPercent");
        range(checks, leadUgPerG, "coa.leadUgPerG", 10_000, "µg/g");
        range(checks, arsenicUgPerG, "coa.arsenicUgPerG", 10_000, "µg/g");
        range(checks, cadmiumUgPerG, "coa.cadmiumUgPerG", 10_000, "µg/g");
        range(checks, mercuryUgPerG, "coa.mercuryUgPerG", 10_000, "µg/g");
        range(checks, totalAerobicCfuPerG, "coa.totalAerobicCfuPerG", 1e12, "cfu/g");
        range(checks, yeastMoldCfuPerG, "coa.yeastMoldCfuPerG", 1e12, "cfu/g");
        checks.require(testedOn == null || !testedOn.isAfter(LocalDate.now().plusDays(1)), "coa.testedOn",
                "is in the future")
                .require(mitragyninePercent == null || totalAlkaloidsPercent == null
                        || mitragyninePercent <= totalAlkaloidsPercent, "coa.mitragyninePercent",
                        "is more than the total alkaloids")
                .orThrow();
    }

    private static void percent(Checks checks, Double value, String field) {
        checks.require(value == null || (value >= 0 && value <= 100), field, "must be between 0 and 100 %");
    }

    private static void range(Checks checks, Double value, String field, double max, String unit) {
        checks.require(value == null || (value >= 0 && value <= max), field,
                "must be between 0 and " + (long) max + " " + unit);
    }
}
