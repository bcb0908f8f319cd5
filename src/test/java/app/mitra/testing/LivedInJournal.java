package app.mitra.testing;

import java.time.LocalDate;
import java.time.ZoneOffset;

import app.mitra.testing.Api.User;

/**
 * A person's second month of ordinary daily use, written through the API as a phone would: 60 days
 * up to today (UTC) of three doses (a powder in the morning, capsules at noon, an evening tea) and
 * six pain check-ins a day, a weekly PEG, two products, a beer most evenings, and a profile written
 * the way people write it (an SSRI, tramadol, fatty liver, beer). Screens and rules that work on a
 * fresh account must also stay short and readable on this one. Synthetic: no real person's data.
 */
public final class LivedInJournal {

    public static final int DAYS = 60;
    private static final int[] CHECK_IN_HOURS = { 7, 9, 12, 15, 18, 21 };

    /** The products made, by their ids. */
    public record Seeded(String powderId, String capsulesId) {
    }

    private LivedInJournal() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static Seeded write(Api api, User user) {
        String powder = created(api.post(user, "/api/v1/products", """
                {"name": "Red Bali", "vendor": "Leafy Co", "strain": "Bali", "vein": "RED", "form": "POWDER"}"""))
                .text("id");
        String capsules = created(api.post(user, "/api/v1/products", """
                {"name": "Green Malay caps", "form": "CAPSULES", "capsuleMg": 500}""")).text("id");
        ok(api.put(user, "/api/v1/profile", """
                {"conditions": ["fatty liver", "chronic low back pain"],
                 "medications": ["sertraline 50mg", "tramadol 50 mg when the pain is bad"],
                 "substances": ["a beer or two most evenings"], "dailyLimitMg": 15000}"""));
        LocalDate first = today().minusDays(DAYS - 1L);
        for (int i = 0; i < DAYS; i++) {
            LocalDate day = first.plusDays(i);
            for (int h = 0; h < CHECK_IN_HOURS.length; h++) {
                int pain = Math.max(1, Math.min(9, 5 + (i * 3 + h * 5) % 4 - (h == 2 || h == 4 ? 2 : 0)));
                String peg = h == 5 && i % 7 == 6 ? ", \"enjoyment\": " + (6 - i / 30) + ", \"activity\": " + (5 - i / 40)
                        : "";
                created(api.post(user, "/api/v1/checkins", "{\"takenAt\": \"" + day + "T%02d:15:00Z\", \"pain\": %d%s}"
                        .formatted(CHECK_IN_HOURS[h], pain, peg)));
            }
            created(api.post(user, "/api/v1/doses", "{\"takenAt\": \"" + day + "T08:00:00Z\", \"form\": \"POWDER\", "
                    + "\"amount\": " + (3 + i % 3 * 0.5) + ", \"unit\": \"g\", \"productId\": \"" + powder + "\","
                    + " \"method\": \"TOSS_AND_WASH\"}"));
            created(api.post(user, "/api/v1/doses", "{\"takenAt\": \"" + day + "T13:00:00Z\", \"form\": \"CAPSULES\", "
                    + "\"amount\": 4, \"unit\": \"capsules\", \"productId\": \"" + capsules + "\"}"));
            created(api.post(user, "/api/v1/doses", "{\"takenAt\": \"" + day + "T19:30:00Z\", \"form\": \"TEA\", "
                    + "\"amount\": 2, \"unit\": \"g\", \"method\": \"BREWED\"}"));
            if (i % 7 != 1) {
                created(api.post(user, "/api/v1/substances", "{\"takenAt\": \"" + day + "T20:30:00Z\", "
                        + "\"kind\": \"ALCOHOL\", \"name\": \"beer\", \"amount\": 1}"));
            }
        }
        return new Seeded(powder, capsules);
    }

    private static Api.Answer created(Api.Answer answer) {
        if (answer.status() != 201 && answer.status() != 200) {
            throw new IllegalStateException("writing the lived-in journal failed: " + answer);
        }
        return answer;
    }

    private static void ok(Api.Answer answer) {
        created(answer);
    }
}
