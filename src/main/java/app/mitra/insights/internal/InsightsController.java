package app.mitra.insights.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.FormProblems;
import app.mitra.common.web.InvalidInputException;
import app.mitra.insights.Insights;
import app.mitra.insights.InsightsRange;
import app.mitra.insights.InsightsReport;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Insights screen: a date range (by default from the journal's first day, at most 90 days back), a
 * plain sentence leading each panel, charts where there is enough to draw, and their tables.
 */
@Controller
class InsightsController {

    private final Insights insights;
    private final MessageSource messages;
    private final FormProblems formProblems;
    private final JsonMapper json;

    InsightsController(Insights insights, MessageSource messages, FormProblems formProblems, JsonMapper json) {
        this.insights = insights;
        this.messages = messages;
        this.formProblems = formProblems;
        this.json = json;
    }

    @GetMapping("/insights")
    String insights(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model, Locale locale) {
        ZoneId zone = insights.zone(user.id());
        LocalDate today = LocalDate.now(zone);
        LocalDate firstDay = insights.firstDay(user.id()).orElse(today);
        InsightsRange range;
        try {
            range = InsightsRange.parse(from, to, zone, today, firstDay);
        } catch (InvalidInputException refused) {
            model.addAttribute("problems", formProblems.of(refused, locale));
            range = InsightsRange.parse(null, null, zone, today, firstDay);
        }
        InsightsReport report = formsNamed(insights.report(user.id(), range), locale);
        model.addAttribute("range", range);
        model.addAttribute("report", report);
        model.addAttribute("words", new InsightsWords(messages, locale).of(report));
        model.addAttribute("charts", new InsightsCharts(messages, locale, json).all(report));
        return "insights/insights";
    }

    /** The API names forms by their code (POWDER); the screen says them in the person's language. */
    private InsightsReport formsNamed(InsightsReport r, Locale locale) {
        java.util.function.UnaryOperator<String> name = code -> messages.getMessage("form." + code, null, code, locale);
        return new InsightsReport(r.from(), r.to(), r.timeZone(), r.reliefPerDose(), r.byProduct(), r.byStrain(),
                r.byForm().stream().map(g -> new InsightsReport.GroupRelief(g.productId(), name.apply(g.name()), g.n(),
                        g.meanRelief(), g.ciLow(), g.ciHigh(), g.insufficient(), g.method())).toList(),
                r.differences().stream().map(d -> !"form".equals(d.grouping()) ? d
                        : new InsightsReport.Difference(d.grouping(), name.apply(d.higher()), name.apply(d.lower()),
                                d.difference(), d.ciLow(), d.ciHigh(), d.called(), d.method())).toList(),
                r.doseResponse(), r.tolerance(), r.daily(), r.weeklyPeg(), r.correlations());
    }
}
