package app.mitra.products.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import app.mitra.common.web.FieldProblem;
import app.mitra.common.web.FormValues;
import app.mitra.common.web.InvalidInputException;
import app.mitra.products.Batch;
import app.mitra.products.BatchInput;
import app.mitra.products.Coa;
import app.mitra.products.Detection;

/**
 * The batch form as typed, certificate figures included, so a refused form comes back as it was
 * sent. The certificate exists when any of its fields is filled in.
 */
record BatchForm(String batchCode, String purchasedOn, String lab, String testedOn, String coaBatchCode,
        String mitragyninePercent, String sevenOhPercent, String totalAlkaloidsPercent, String leadUgPerG,
        String arsenicUgPerG, String cadmiumUgPerG, String mercuryUgPerG, String salmonella, String eColi,
        String totalAerobicCfuPerG, String yeastMoldCfuPerG) {

    static BatchForm blank() {
        return new BatchForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null);
    }

    static BatchForm editing(Batch b) {
        Coa c = b.coa();
        if (c == null) {
            return new BatchForm(b.batchCode(), text(b.purchasedOn()), null, null, null, null, null, null, null, null,
                    null, null, null, null, null, null);
        }
        return new BatchForm(b.batchCode(), text(b.purchasedOn()), c.lab(), text(c.testedOn()), c.batchCode(),
                plain(c.mitragyninePercent()), plain(c.sevenOhPercent()), plain(c.totalAlkaloidsPercent()),
                plain(c.leadUgPerG()), plain(c.arsenicUgPerG()), plain(c.cadmiumUgPerG()), plain(c.mercuryUgPerG()),
                text(c.salmonella()), text(c.eColi()), plain(c.totalAerobicCfuPerG()), plain(c.yeastMoldCfuPerG()));
    }

    /** Whether the certificate part says anything, so an edit opens it. */
    public boolean hasCoa() {
        return Stream.of(lab, testedOn, coaBatchCode, mitragyninePercent, sevenOhPercent, totalAlkaloidsPercent,
                leadUgPerG, arsenicUgPerG, cadmiumUgPerG, mercuryUgPerG, salmonella, eColi, totalAerobicCfuPerG,
                yeastMoldCfuPerG).anyMatch(value -> value != null && !value.isBlank());
    }

    BatchInput input() {
        FormValues values = new FormValues();
        var bought = values.date(purchasedOn, "purchasedOn");
        var tested = values.date(testedOn, "testedOn");
        Double mitragynine = values.decimal(mitragyninePercent, "mitragyninePercent");
        Double sevenOh = values.decimal(sevenOhPercent, "sevenOhPercent");
        Double total = values.decimal(totalAlkaloidsPercent, "totalAlkaloidsPercent");
        Double lead = values.decimal(leadUgPerG, "leadUgPerG");
        Double arsenic = values.decimal(arsenicUgPerG, "arsenicUgPerG");
        Double cadmium = values.decimal(cadmiumUgPerG, "cadmiumUgPerG");
        Double mercury = values.decimal(mercuryUgPerG, "mercuryUgPerG");
        Detection salmonellaResult = values.choice(salmonella, Detection.class, "salmonella");
        Detection eColiResult = values.choice(eColi, Detection.class, "eColi");
        Double aerobic = values.decimal(totalAerobicCfuPerG, "totalAerobicCfuPerG");
        Double yeastMold = values.decimal(yeastMoldCfuPerG, "yeastMoldCfuPerG");
        boolean withCoa = hasCoa();
        return values.build(() -> {
            try {
                return BatchInput.of(null, batchCode, bought, () -> withCoa ? new Coa(lab, tested, coaBatchCode,
                        mitragynine, sevenOh, total, lead, arsenic, cadmium, mercury, salmonellaResult, eColiResult,
                        aerobic, yeastMold) : null);
            } catch (InvalidInputException refused) {
                // The form names certificate fields without the API's "coa." prefix.
                List<FieldProblem> problems = refused.problems().stream()
                        .map(p -> new FieldProblem(p.field().equals("coa.batchCode") ? "coaBatchCode"
                                : p.field().replaceFirst("^coa\\.", ""), p.message()))
                        .toList();
                throw new InvalidInputException(problems);
            }
        });
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String plain(Double value) {
        return value == null ? null : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
