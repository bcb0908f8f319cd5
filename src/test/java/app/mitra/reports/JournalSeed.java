package app.mitra.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;

import app.mitra.testing.Api;
import app.mitra.testing.Api.User;

/**
 * A realistic journal written through the API: {@code days} days up to today (UTC), two pain ratings,
 * three doses (powder of a named product, capsules, and an evening tea) a day, a weekly PEG, some
 * notes, a medicine that raises a finding, and a taper plan. Synthetic: no real person's data.
 */
public final class JournalSeed {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private JournalSeed() {
    }

    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public static void write(Api api, User user, int days) {
        String powder = api.post(user, "/api/v1/products", """
                {"name": "Green Maeng Da", "vendor": "Leafy Co", "strain": "Maeng Da", "vein": "GREEN", "form": "POWDER"}""")
                .text("id");
        String capsules = api.post(user, "/api/v1/products", """
                {"name": "Red Bali caps", "form": "CAPSULES", "capsuleMg": 500}""").text("id");
        api.put(user, "/api/v1/profile", """
                {"conditions": ["Chronic low back pain"], "medications": ["Xanax 0.5 mg as needed", "ibuprofen 400 mg"],
                 "dailyLimitMg": 12000}""");
        LocalDate first = today().minusDays(days - 1L);
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            int pain = 4 + (i * 7 % 5);
            check(api.post(user, "/api/v1/checkins", "{\"takenAt\": \"" + day + "T07:30:00Z\", \"pain\": " + pain
                    + (i % 10 == 3 ? ", \"note\": \"Stiff after a long drive, day " + i + "\"" : "") + "}").status());
            check(api.post(user, "/api/v1/checkins", "{\"takenAt\": \"" + day + "T19:00:00Z\", \"pain\": "
                    + Math.max(0, pain - 2) + "}").status());
            if (i % 7 == 6) {
                check(api.post(user, "/api/v1/checkins", "{\"takenAt\": \"" + day + "T20:00:00Z\", \"pain\": " + pain
                        + ", \"enjoyment\": " + (6 - i / 30) + ", \"activity\": " + (5 - i / 45) + "}").status());
            }
            check(api.post(user, "/api/v1/doses", "{\"takenAt\": \"" + day + "T08:00:00Z\", \"form\": \"POWDER\", "
                    + "\"amount\": " + (3 + i % 3 * 0.5) + ", \"unit\": \"g\", \"productId\": \"" + powder + "\""
                    + (i % 15 == 5 ? ", \"note\": \"Took it with breakfast\"" : "") + "}").status());
            check(api.post(user, "/api/v1/doses", "{\"takenAt\": \"" + day + "T13:00:00Z\", \"form\": \"CAPSULES\", "
                    + "\"amount\": 4, \"unit\": \"capsules\", \"productId\": \"" + capsules + "\"}").status());
            check(api.post(user, "/api/v1/doses", "{\"takenAt\": \"" + day + "T18:30:00Z\", \"form\": \"TEA\", "
                    + "\"amount\": 2, \"unit\": \"g\"}").status());
            if (i % 30 == 2) {
                check(api.post(user, "/api/v1/notes", "{\"takenAt\": \"" + day + "T21:00:00Z\", \"title\": \"Flare\", "
                        + "\"mood\": \"rough\", \"tags\": [\"rain\", \"heat pad\"], \"text\": \"Stayed in, day " + i
                        + "\"}").status());
            }
        }
        check(api.put(user, "/api/v1/taper", "{\"startMg\": 9000, \"reductionMg\": 500, \"stepDays\": 7, "
                + "\"startDate\": \"" + today().minusDays(20) + "\"}").status());
    }

    private static void check(int status) {
        if (status != 201 && status != 200) {
            throw new IllegalStateException("seeding the journal failed: " + status);
        }
    }

    /** A binary answer (the PDF, a zip), which {@link Api} would read as text. */
    public static HttpResponse<byte[]> bytes(int port, String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
