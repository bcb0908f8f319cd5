package app.mitra.reports.internal.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import app.mitra.common.XmlText;
import app.mitra.reports.internal.Report;

/**
 * Lays a {@link Report} out as an A4 PDF: the same Thymeleaf sections as the shared page, rendered to
 * XHTML with a print stylesheet, then by openhtmltopdf. Charts are PNGs inside the page.
 */
@Component
public class ClinicianPdf {

    private final TemplateEngine templates;
    private final String css;

    ClinicianPdf(TemplateEngine templates) {
        this.templates = templates;
        try (InputStream in = new ClassPathResource("reports/clinician-pdf.css").getInputStream()) {
            this.css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("the report's stylesheet is part of the jar", e);
        }
    }

    /** The PDF as an HTTP answer: shown in the browser, never cached (health data). */
    public ResponseEntity<byte[]> answer(Report report, Locale locale) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("mitra-report-" + report.from() + "-to-" + report.to() + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(render(report, locale));
    }

    public byte[] render(Report report, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("report", report);
        context.setVariable("css", css);
        // The renderer parses XML and refuses the whole page over one forbidden character in an old entry.
        String html = XmlText.clean(templates.process("reports/clinician-pdf", context));
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
