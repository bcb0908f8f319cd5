package app.mitra.reports.internal.share;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import app.mitra.accounts.Accounts;
import app.mitra.common.web.NotFoundException;
import app.mitra.common.web.PublicUrl;
import app.mitra.reports.internal.ReportBuilder;
import app.mitra.reports.internal.ReportRequest;
import app.mitra.reports.internal.pdf.ClinicianPdf;
import jakarta.servlet.http.HttpServletResponse;

/**
 * What a share link opens, without an account (SecurityConfiguration permits {@value #PATH}/**): the
 * chosen sections of the report as a page and as the PDF, and nothing else. A revoked or expired link
 * answers 410, an unknown one 404; neither says whose it was.
 */
@Controller
class SharedReportController {

    static final String PATH = "/shared";

    private final Shares shares;
    private final Accounts accounts;
    private final ReportBuilder reports;
    private final ClinicianPdf pdf;

    SharedReportController(Shares shares, Accounts accounts, ReportBuilder reports, ClinicianPdf pdf) {
        this.shares = shares;
        this.accounts = accounts;
        this.reports = reports;
        this.pdf = pdf;
    }

    @GetMapping(PATH + "/{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        Shares.Opened opened = open(token, ShareView.PAGE);
        response.setHeader("Cache-Control", "no-store");
        if (opened.gone()) {
            response.setStatus(HttpStatus.GONE.value());
            return "reports/shared-gone";
        }
        model.addAttribute("report", reports.build(opened.share().userId(), request(opened.share())));
        model.addAttribute("token", token);
        return "reports/shared";
    }

    @GetMapping(PATH + "/{token}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String token, Locale locale) {
        Shares.Opened opened = open(token, ShareView.PDF);
        if (opened.gone()) {
            return ResponseEntity.status(HttpStatus.GONE).build();
        }
        return pdf.answer(reports.build(opened.share().userId(), request(opened.share())), locale);
    }

    /** The link a share's token opens, on the configured public address (never the request's Host). */
    static URI url(PublicUrl publicUrl, String token) {
        return publicUrl.link(PATH + "/" + token);
    }

    private Shares.Opened open(String token, String kind) {
        Optional<Shares.Opened> opened = shares.open(token, kind);
        return opened.orElseThrow(() -> new NotFoundException("page"));
    }

    private ReportRequest request(Share share) {
        return ReportRequest.lastDays(share.rangeDays(), share.sectionSet(), accounts.zone(share.userId()));
    }
}
