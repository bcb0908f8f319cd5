package app.mitra.reports.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.reports.JournalSeed;
import app.mitra.reports.internal.ReportBuilder;
import app.mitra.reports.internal.ReportRequest;
import app.mitra.testing.Api;
import app.mitra.testing.Api.User;
import app.mitra.testing.MitraOnSqlite;

/**
 * The clinician PDF of a 90-day journal, read back the way a clinician sees it: its text extracted
 * page by page and its pages rendered to PNG (target/screenshots/report-page-N.png, looked at by eye).
 */
@MitraOnSqlite
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClinicianPdfIT {

    private static final Path PAGES = Path.of("target/screenshots");

    @LocalServerPort
    int port;

    @Autowired
    ReportBuilder reports;

    @Autowired
    ClinicianPdf pdf;

    private Api api;
    private User user;

    @BeforeAll
    void writeNinetyDays() {
        api = new Api(port);
        user = api.newUser();
        JournalSeed.write(api, user, 90);
        dosesFromTwoBatchesOneRecalled();
    }

    /** A month ago, two doses from batches of the powder: one with a clean certificate, one recalled. */
    private void dosesFromTwoBatchesOneRecalled() {
        String powder = api.get(user, "/api/v1/products").json().get("items").valueStream()
                .filter(p -> p.get("name").asString().equals("Green Maeng Da")).findFirst().orElseThrow()
                .get("id").asString();
        String tested = api.post(user, "/api/v1/products/" + powder + "/batches", """
                {"batchCode": "GMD-0426", "coa": {"lab": "Lab One", "testedOn": "%s", "batchCode": "GMD-0426",
                 "mitragyninePercent": 1.4, "sevenOhPercent": 0.02, "leadUgPerG": 0.1, "arsenicUgPerG": 0.1,
                 "cadmiumUgPerG": 0.1, "mercuryUgPerG": 0.01, "salmonella": "NOT_DETECTED", "eColi": "NOT_DETECTED",
                 "totalAerobicCfuPerG": 1000, "yeastMoldCfuPerG": 100}}""".formatted(JournalSeed.today().minusDays(60)))
                .text("id");
        String recalled = api.post(user, "/api/v1/products/" + powder + "/batches", """
                {"batchCode": "GMD-0301"}""").text("id");
        assertThat(api.post(user, "/api/v1/recalls/import", """
                vendor,product,batch,reason,source,date
                Leafy Co,Green Maeng Da,GMD-0301,salmonella found in testing,https://example.org/recalls,2026-04-02
                """).status()).isEqualTo(200);
        for (String batch : new String[] {tested, recalled}) {
            assertThat(api.post(user, "/api/v1/doses", """
                    {"takenAt": "%sT10:00:00Z", "form": "POWDER", "amount": 1, "unit": "g", "productId": "%s",
                     "batchId": "%s"}""".formatted(JournalSeed.today().minusDays(30), powder, batch)).status())
                    .isEqualTo(201);
        }
    }

    private PDDocument report(String query) throws IOException {
        HttpResponse<byte[]> answer = JournalSeed.bytes(port, "/api/v1/reports/clinician" + query, user.token());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/pdf");
        return Loader.loadPDF(answer.body());
    }

    private static String page(PDDocument document, int number) throws IOException {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(number);
        text.setEndPage(number);
        return text.getText(document).replaceAll("\\s+", " ");
    }

    /**
     * The budget is 2 s for 90 days. It is asserted on the CPU time the rendering thread spends, which
     * the other processes on a shared machine cannot inflate; the wall time over HTTP is printed too.
     */
    @Test
    void ninetyDaysRenderInUnderTwoSeconds() {
        JournalSeed.bytes(port, "/api/v1/reports/clinician", user.token());
        long wall = Long.MAX_VALUE;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            assertThat(JournalSeed.bytes(port, "/api/v1/reports/clinician", user.token()).statusCode()).isEqualTo(200);
            wall = Math.min(wall, (System.nanoTime() - start) / 1_000_000);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ReportRequest request = ReportRequest.parse(null, null, null, false, ZoneOffset.UTC);
        long cpu = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            long start = threads.getCurrentThreadCpuTime();
            assertThat(pdf.render(reports.build(user.id(), request), Locale.ENGLISH)).isNotEmpty();
            cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - start) / 1_000_000);
        }
        System.out.println("clinician PDF, 90 days, every section: " + cpu + " ms CPU (best of 3), " + wall
                + " ms wall over HTTP (best of 5, after a warm-up)");
        assertThat(cpu).isLessThan(2000);
    }

    @Test
    void pageOneSummarisesPainPegDosesAndFindingsWithoutTheName() throws IOException {
        try (PDDocument document = report("")) {
            String one = page(document, 1);
            assertThat(one).contains("a summary for a clinician")
                    .contains("(90 days, times in UTC)")
                    .contains("Pain (NRS 0-10, momentary)").contains("180 ratings")
                    .contains("PEG (weekly, 0-10)").contains("12 assessments")
                    .contains("272 doses on 90 of 90 days")
                    .contains("Safety findings")
                    .doesNotContain("Patient:").doesNotContain(user.username());
            String all = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(all).contains("Doses and daily totals").contains("Green Maeng Da").contains("from Leafy Co")
                    .contains("Red Bali caps").contains("not recorded")
                    .contains("Batch GMD-0426: 1 doses in this range, lab certificate: pass")
                    .contains("Batch GMD-0301: 1 doses in this range, lab certificate: fail")
                    .contains("Recalled (2 Apr 2026): salmonella found in testing")
                    .contains("Xanax 0.5 mg as needed").contains("Chronic low back pain")
                    .contains("alprazolam").contains("Evidence:")
                    .contains("Taper").contains("9,000 mg")
                    .contains("Stiff after a long drive").contains("Took it with breakfast")
                    .contains("Flare · rough · rain, heat pad · Stayed in, day 2")
                    .contains("Krebs");
            render(document);
        }
    }

    @Test
    void onlyTheChosenSectionsAndTheNameWhenAsked() throws IOException {
        try (PDDocument document = report("?sections=summary,medications&name=true&from="
                + JournalSeed.today().minusDays(6) + "&to=" + JournalSeed.today())) {
            String all = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(all).contains("Patient: " + user.username()).contains("(7 days, times in UTC)")
                    .contains("21 doses on 7 of 7 days").contains("Xanax 0.5 mg as needed")
                    .doesNotContain("Doses and daily totals").doesNotContain("Stiff after a long drive")
                    .doesNotContain("Stayed in")
                    .doesNotContain("Green Maeng Da");
            assertThat(document.getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void theFirstLoggedDoseIsTheFirstEverWithItsDateEvenWhenTheReportStartsLater() throws IOException {
        String first = JournalSeed.today().minusDays(89).format(DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH));
        try (PDDocument document = report("?from=" + JournalSeed.today().minusDays(20))) {
            String all = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(all).contains("First logged dose " + first + ", 3,000 mg of material (before this report begins)")
                    .doesNotContain("Your first logged dose").doesNotContain("This is the first dose in your journal");
        }
        try (PDDocument document = report("?sections=summary")) {
            assertThat(page(document, 1)).contains("First logged dose " + first + ", 3,000 mg of material")
                    .doesNotContain("before this report begins");
        }
    }

    @Test
    void unknownSectionsAndBackwardRangesAreRefused() {
        assertThat(api.get(user, "/api/v1/reports/clinician?sections=summary,horoscope").errorFields())
                .containsExactly("sections");
        assertThat(api.get(user, "/api/v1/reports/clinician?from=2026-05-02&to=2026-05-01").errorFields())
                .containsExactly("to");
        assertThat(api.get(user, "/api/v1/reports/clinician?from=yesterday").errorFields()).containsExactly("from");
        assertThat(api.get(user, "/api/v1/reports/clinician?from=2020-01-01&to=2026-01-01").status()).isEqualTo(400);
    }

    private static void render(PDDocument document) throws IOException {
        Files.createDirectories(PAGES);
        PDFRenderer renderer = new PDFRenderer(document);
        for (int i = 0; i < Math.min(3, document.getNumberOfPages()); i++) {
            BufferedImage image = renderer.renderImageWithDPI(i, 110);
            assertThat(image.getWidth()).isGreaterThan(800);
            ImageIO.write(image, "png", PAGES.resolve("report-page-" + (i + 1) + ".png").toFile());
        }
    }
}
