package app.mitra.common;

/** How many typos apart two words are: used to match misspelt medicine names and place names. */
public final class EditDistance {

    private EditDistance() {
    }

    /**
     * Damerau-Levenshtein distance (optimal string alignment: insert, delete, substitute, swap two
     * neighbours), or {@code limit + 1} as soon as it must exceed {@code limit}.
     */
    public static int within(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, before[j - 2] + 1);
                }
                current[j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[b.length()], limit + 1);
    }
}
