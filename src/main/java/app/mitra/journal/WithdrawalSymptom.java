package app.mitra.journal;

/** One symptom in the person's own words, rated 0 (not at all) to 4 (extremely). */
public record WithdrawalSymptom(String symptom, Integer score) {

    public static final int MAX_SCORE = 4;
}
