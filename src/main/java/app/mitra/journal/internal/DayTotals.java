package app.mitra.journal.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One day at a glance for History: how many doses and how much material, the mitragynine in them where a
 * label or certificate gives it, standard drinks of alcohol, and the day's momentary pain ratings (a PEG's
 * pain is a past-week average, so it is left out).
 */
record DayTotals(int doses, long materialMg, int mitragynineKnown, double mitragynineMg, double drinks,
        int painRatings, double painMean, int painLow, int painHigh) {

    static final DayTotals NONE = new DayTotals(0, 0, 0, 0, 0, 0, 0, 0, 0);

    DayTotals withDose(long material, Double mitragynine) {
        return new DayTotals(doses + 1, materialMg + material, mitragynineKnown + (mitragynine == null ? 0 : 1),
                mitragynineMg + (mitragynine == null ? 0 : mitragynine), drinks, painRatings, painMean, painLow,
                painHigh);
    }

    DayTotals withDrinks(double standardDrinks) {
        return new DayTotals(doses, materialMg, mitragynineKnown, mitragynineMg, drinks + standardDrinks, painRatings,
                painMean, painLow, painHigh);
    }

    DayTotals withPain(int pain) {
        int ratings = painRatings + 1;
        return new DayTotals(doses, materialMg, mitragynineKnown, mitragynineMg, drinks, ratings,
                painMean + (pain - painMean) / ratings, painRatings == 0 ? pain : Math.min(painLow, pain),
                painRatings == 0 ? pain : Math.max(painHigh, pain));
    }

    public boolean isEmpty() {
        return doses == 0 && drinks == 0 && painRatings == 0;
    }

    /** The material in grams, one decimal ("9.5"), for a day of a gram or more. */
    public String grams() {
        return oneDecimal(materialMg / 1000.0);
    }

    public boolean inGrams() {
        return materialMg >= 1000;
    }

    public boolean allMitragynineKnown() {
        return doses > 0 && mitragynineKnown == doses;
    }

    public boolean someMitragynineKnown() {
        return mitragynineKnown > 0 && mitragynineKnown < doses;
    }

    public long mitragynine() {
        return Math.round(mitragynineMg);
    }

    public String drinksText() {
        return oneDecimal(drinks);
    }

    public String painMeanText() {
        return oneDecimal(painMean);
    }

    private static String oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
