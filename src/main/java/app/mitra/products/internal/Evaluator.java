package app.mitra.products.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

import app.mitra.products.Citation;
import app.mitra.products.Coa;
import app.mitra.products.Consumption.DailyUse;
import app.mitra.products.Detection;
import app.mitra.products.Element;
import app.mitra.products.Evaluation;
import app.mitra.products.Form;
import app.mitra.products.QualityFinding;
import app.mitra.products.QualityStatus;
import app.mitra.products.Recall;
import app.mitra.products.internal.ContaminantLimits.Limit;

/**
 * Evaluates one batch (DESIGN.md, "Product quality"): a small named policy per rule, each returning
 * findings that cite the limit's source. Element exposure is the certificate's µg per g times the
 * grams actually taken from this batch on a day. The words come from the message bundle.
 */
public final class Evaluator {

    /** A certificate older than this many months no longer vouches for what is in the bag. */
    static final int COA_MAX_AGE_MONTHS = 12;
    /**
     * The span element exposure is judged over: the daily limits derive from tolerable weekly intakes
     * (USP 2232, from FAO/WHO), so a day over the limit is worth a look, and more than seven days' worth
     * of it within seven days (far over on a few days, or over on most of them) is a problem.
     */
    static final int WEEK_DAYS = 7;

    private final ContaminantLimits limits;
    private final BiFunction<String, Object[], String> words;

    public Evaluator(ContaminantLimits limits, BiFunction<String, Object[], String> words) {
        this.limits = limits;
        this.words = words;
    }

    /** What is known about one batch when it is evaluated. */
    public record Subject(String batchCode, Coa coa, Form form, List<Recall> recalls, List<DailyUse> uses,
            Optional<Long> dailyLimitMg, LocalDate today) {
    }

    public Evaluation evaluate(Subject s) {
        List<QualityFinding> findings = new ArrayList<>();
        s.recalls().forEach(recall -> findings.add(recalled(recall)));
        if (s.coa() == null) {
            findings.add(new QualityFinding("no-coa", QualityStatus.UNVERIFIED, say("quality.noCoa.title"),
                    say("quality.noCoa.explanation"), null, null, null, List.of()));
        } else {
            otherBatch(s, findings);
            old(s, findings);
            pathogen(s.coa().salmonella(), ContaminantLimits.SALMONELLA, findings);
            pathogen(s.coa().eColi(), ContaminantLimits.E_COLI, findings);
            count(s.coa().totalAerobicCfuPerG(), ContaminantLimits.TOTAL_AEROBIC, s.form(), findings);
            count(s.coa().yeastMoldCfuPerG(), ContaminantLimits.YEAST_MOLD, s.form(), findings);
            sevenOh(s.coa(), findings);
            mitragynine(s.coa(), s.form(), findings);
            for (Element element : Element.values()) {
                exposure(s, element, findings);
            }
        }
        findings.sort(Comparator.comparing(QualityFinding::status));
        // Without a certificate only a recall can say more than "unverified".
        QualityStatus status = s.coa() == null ? QualityStatus.UNVERIFIED : QualityStatus.PASS;
        for (QualityFinding finding : findings) {
            if (s.coa() != null || finding.status() == QualityStatus.FAIL) {
                status = status.worse(finding.status());
            }
        }
        return new Evaluation(status, findings);
    }

    private QualityFinding recalled(Recall recall) {
        Citation source = recall.source().matches("https?://\\S+")
                ? new Citation(recall.source(), recall.source(), recall.recalledOn().getYear())
                : new Citation(recall.source(), null, recall.recalledOn().getYear());
        return new QualityFinding("recall", QualityStatus.FAIL, say("quality.recall.title"),
                say("quality.recall.explanation", recall.vendor(), recall.product(),
                        recall.batchCode() == null ? say("quality.recall.everyBatch") : recall.batchCode(),
                        recall.recalledOn(), recall.reason()),
                null, null, recall.recalledOn().toString(), List.of(source));
    }

    private void otherBatch(Subject s, List<QualityFinding> findings) {
        String named = s.coa().batchCode();
        if (named != null && !named.strip().equalsIgnoreCase(s.batchCode().strip())) {
            findings.add(new QualityFinding("coa-other-batch", QualityStatus.STALE, say("quality.otherBatch.title"),
                    say("quality.otherBatch.explanation", named, s.batchCode()), null, null, null, List.of()));
        }
    }

    private void old(Subject s, List<QualityFinding> findings) {
        LocalDate tested = s.coa().testedOn();
        if (tested != null && tested.plusMonths(COA_MAX_AGE_MONTHS).isBefore(s.today())) {
            findings.add(new QualityFinding("coa-old", QualityStatus.STALE, say("quality.old.title"),
                    say("quality.old.explanation", tested, COA_MAX_AGE_MONTHS), null, null, null, List.of()));
        }
    }

    private void pathogen(Detection result, String organism, List<QualityFinding> findings) {
        if (result == Detection.DETECTED) {
            Limit limit = limits.pathogen(organism);
            findings.add(cited(limit, QualityStatus.FAIL, null, say("quality.pathogen." + organism + ".title"),
                    say("quality.pathogen.explanation", say("quality.pathogen." + organism + ".name"))));
        }
    }

    private void count(Double cfuPerG, String measure, Form form, List<QualityFinding> findings) {
        Limit limit = limits.microbialCount(measure, form);
        if (cfuPerG != null && cfuPerG > limit.limit()) {
            findings.add(cited(limit, QualityStatus.WARN, null, say("quality.count." + measure + ".title"),
                    say("quality.count.explanation", plain(cfuPerG), plain(limit.limit()), limit.appliesTo())));
        }
    }

    /**
     * Leaf holds 7-OH only in traces. Its share is taken of the total alkaloids when the certificate
     * gives them, else of mitragynine plus 7-OH, which overstates the share a little (leaf has other
     * alkaloids too): the finding says which was used.
     */
    private void sevenOh(Coa coa, List<QualityFinding> findings) {
        Double sevenOh = coa.sevenOhPercent();
        if (sevenOh == null) {
            return;
        }
        Double whole = coa.totalAlkaloidsPercent() != null ? coa.totalAlkaloidsPercent()
                : coa.mitragyninePercent() == null ? null : coa.mitragyninePercent() + sevenOh;
        Limit share = limits.sevenOhShare();
        if (whole != null && whole > 0 && sevenOh / whole * 100 > share.limit()) {
            findings.add(cited(share, QualityStatus.FAIL, null, say("quality.sevenOh.title"),
                    say(coa.totalAlkaloidsPercent() != null ? "quality.sevenOh.shareOfTotal" : "quality.sevenOh.shareOfMg",
                            plain(sevenOh / whole * 100), plain(share.limit()))));
        }
        Limit concentration = limits.sevenOhConcentration();
        if (sevenOh >= concentration.limit()) {
            findings.add(cited(concentration, QualityStatus.FAIL, null, say("quality.sevenOh.title"),
                    say("quality.sevenOh.concentration", plain(sevenOh), plain(concentration.limit()))));
        }
    }

    private void mitragynine(Coa coa, Form form, List<QualityFinding> findings) {
        Double percent = coa.mitragyninePercent();
        Optional<Limit> range = limits.mitragynineRange(form);
        if (percent == null || range.isEmpty()) {
            return;
        }
        Limit leaf = range.get();
        if (percent < leaf.limit() || percent > leaf.upper()) {
            findings.add(cited(leaf, QualityStatus.WARN, null, say("quality.mitragynine.title"),
                    say("quality.mitragynine.explanation", plain(percent), plain(leaf.limit()), plain(leaf.upper()))));
        }
    }

    /**
     * µg of the element per day from this batch against the daily limit, weighed by how far and how
     * often it was over (see {@link #WEEK_DAYS}); and what the person's own daily limit would give.
     */
    private void exposure(Subject s, Element element, List<QualityFinding> findings) {
        Double ugPerG = element.concentration(s.coa());
        if (ugPerG == null) {
            return;
        }
        Limit limit = limits.element(element);
        String name = say("element." + element.code());
        List<DailyUse> above = s.uses().stream().filter(use -> ugPerG * use.materialMg() / 1000 > limit.limit())
                .toList();
        if (!above.isEmpty()) {
            DailyUse highest = above.stream().max(Comparator.comparingLong(DailyUse::materialMg)).orElseThrow();
            double highestUg = ugPerG * highest.materialMg() / 1000;
            String title = say("quality.exposure.title", name, above.size(),
                    Math.round(highestUg / limit.limit() * 100));
            String explanation = say("quality.exposure.explanation", highest.date(), plain(highest.materialMg() / 1000.0),
                    plain(highestUg), name, plain(limit.limit()), plain(ugPerG));
            Week heaviest = heaviestWeek(s.uses(), ugPerG);
            double weekLimit = WEEK_DAYS * limit.limit();
            if (heaviest.ug() > weekLimit) {
                findings.add(cited(limit, QualityStatus.FAIL, element, title, explanation + " "
                        + say("quality.exposure.week", WEEK_DAYS, heaviest.last(), plain(heaviest.ug()), name,
                                plain(weekLimit))));
            } else {
                findings.add(cited(limit, QualityStatus.WARN, element, title, explanation));
            }
        }
        s.dailyLimitMg().ifPresent(personal -> {
            double ug = ugPerG * personal / 1000;
            if (ug > limit.limit()) {
                findings.add(cited(limit, QualityStatus.WARN, element, say("quality.personal.title", name),
                        say("quality.personal.explanation", plain(personal / 1000.0), plain(ug), name,
                                plain(limit.limit()))));
            }
        });
    }

    /** The µg taken from this batch in seven consecutive days, ending on {@code last}. */
    private record Week(LocalDate last, double ug) {
    }

    /** The seven consecutive days (by date, not by days of use) with the most of the element from this batch. */
    private static Week heaviestWeek(List<DailyUse> uses, double ugPerG) {
        List<DailyUse> byDate = uses.stream().sorted(Comparator.comparing(DailyUse::date)).toList();
        Week heaviest = new Week(null, 0);
        double sum = 0;
        int first = 0;
        for (DailyUse use : byDate) {
            sum += ugPerG * use.materialMg() / 1000;
            while (!byDate.get(first).date().isAfter(use.date().minusDays(WEEK_DAYS))) {
                sum -= ugPerG * byDate.get(first++).materialMg() / 1000;
            }
            // On a tie the later week: the most recent is what the person can still act on.
            if (sum >= heaviest.ug()) {
                heaviest = new Week(use.date(), sum);
            }
        }
        return heaviest;
    }

    private QualityFinding cited(Limit limit, QualityStatus status, Element element, String title, String explanation) {
        return new QualityFinding(limit.id(), status, title, explanation, element, limit.evidence(), limit.asOf(),
                limit.sources());
    }

    private String say(String key, Object... arguments) {
        return words.apply(key, arguments);
    }

    /** A figure as people write it: at most three decimals, no trailing zeros. */
    static String plain(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
