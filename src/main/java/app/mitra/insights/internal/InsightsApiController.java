package app.mitra.insights.internal;

import java.time.LocalDate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.AccountUser;
import app.mitra.insights.Insights;
import app.mitra.insights.InsightsRange;
import app.mitra.insights.InsightsReport;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/insights}: relief, comparisons, dose-response, tolerance and trends over a range. */
@RestController
@Tag(name = "Insights")
class InsightsApiController {

    private final Insights insights;

    InsightsApiController(Insights insights) {
        this.insights = insights;
    }

    @GetMapping("/api/v1/insights")
    InsightsReport insights(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        var zone = insights.zone(user.id());
        return insights.report(user.id(), InsightsRange.parse(from, to, zone, LocalDate.now(zone)));
    }
}
