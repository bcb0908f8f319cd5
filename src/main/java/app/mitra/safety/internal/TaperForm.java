package app.mitra.safety.internal;

import java.time.LocalDate;

import app.mitra.common.web.FormValues;
import app.mitra.safety.Taper;
import app.mitra.safety.TaperPlan;

/**
 * The taper form as typed. A new form is empty on purpose: the amounts and the rate are the
 * person's or their clinician's choice, so Mitra fills in nothing.
 */
record TaperForm(String startMg, String reductionKind, String reduction, String stepDays, String startDate,
        String endMg) {

    static final String PERCENT = "percent";
    static final String MG = "mg";

    static TaperForm blank() {
        return new TaperForm(null, null, null, null, null, null);
    }

    static TaperForm editing(Taper taper) {
        boolean percent = taper.reductionPercent() != null;
        return new TaperForm(taper.startMg().toString(), percent ? PERCENT : MG,
                percent ? plain(taper.reductionPercent()) : taper.reductionMg().toString(),
                taper.stepDays().toString(), taper.startDate().toString(), taper.endMg().toString());
    }

    TaperPlan plan() {
        FormValues values = new FormValues();
        Integer start = values.integer(startMg, "startMg");
        boolean percent = PERCENT.equals(reductionKind);
        Double reductionPercent = percent ? values.decimal(reduction, "reductionPercent") : null;
        Integer reductionMg = percent ? null : values.integer(reduction, "reductionMg");
        Integer days = values.integer(stepDays, "stepDays");
        Integer end = values.integer(endMg, "endMg");
        LocalDate first = values.date(startDate, "startDate");
        return values.build(() -> new TaperPlan(start, reductionMg, reductionPercent, days, first, end));
    }

    /** Whole percentages show without a decimal point. */
    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
