package app.mitra.reports.internal.pdf;

import java.util.Locale;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.reports.internal.ReportBuilder;
import app.mitra.reports.internal.ReportRequest;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Reports and exports")
class ClinicianReportApiController {

    private final Accounts accounts;
    private final ReportBuilder reports;
    private final ClinicianPdf pdf;

    ClinicianReportApiController(Accounts accounts, ReportBuilder reports, ClinicianPdf pdf) {
        this.accounts = accounts;
        this.reports = reports;
        this.pdf = pdf;
    }

    /** The clinician PDF; {@code name=true} prints the account's name (left out unless asked). */
    @GetMapping("/api/v1/reports/clinician")
    ResponseEntity<byte[]> clinician(@AuthenticationPrincipal AccountUser user,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to,
            @RequestParam(required = false) String sections, @RequestParam(required = false) Boolean name,
            Locale locale) {
        ReportRequest request = ReportRequest.parse(from, to, sections, name, accounts.zone(user.id()));
        return pdf.answer(reports.build(user.id(), request), locale);
    }
}
