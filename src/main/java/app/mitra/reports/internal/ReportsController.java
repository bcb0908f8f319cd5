package app.mitra.reports.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;
import app.mitra.reports.internal.pdf.ClinicianPdf;

/** The web app's report page: choose a range and sections, open the clinician PDF. */
@Controller
class ReportsController {

    private final Accounts accounts;
    private final ReportBuilder reports;
    private final ClinicianPdf pdf;
    private final FormProblems formProblems;

    ReportsController(Accounts accounts, ReportBuilder reports, ClinicianPdf pdf, FormProblems formProblems) {
        this.accounts = accounts;
        this.reports = reports;
        this.pdf = pdf;
        this.formProblems = formProblems;
    }

    @GetMapping("/reports")
    String page(@AuthenticationPrincipal AccountUser user, Model model) {
        ReportRequest last = ReportRequest.parse(null, null, null, false, accounts.zone(user.id()));
        model.addAttribute("from", last.from());
        model.addAttribute("to", last.to());
        model.addAttribute("sections", List.of(Section.values()));
        return "reports/reports";
    }

    @GetMapping("/reports/clinician.pdf")
    Object clinician(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) List<String> sections,
            @RequestParam(required = false) Boolean name, Model model, Locale locale) {
        try {
            ReportRequest request = ReportRequest.parse(from, to, sections == null ? null : String.join(",", sections),
                    name, accounts.zone(user.id()));
            return pdf.answer(reports.build(user.id(), request), locale);
        } catch (InvalidInputException refused) {
            model.addAttribute("problems", formProblems.of(refused, locale));
            return page(user, model);
        }
    }
}
