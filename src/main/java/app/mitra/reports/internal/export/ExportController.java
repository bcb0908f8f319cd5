package app.mitra.reports.internal.export;

import java.io.IOException;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.SecurityEventType;
import app.mitra.accounts.SecurityEvents;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/export?format=json|csv} (and the web app's {@value #WEB}): everything the person
 * keeps, as a download. Each format
 * is its own mapping on the {@code format} parameter, so other formats (FHIR) live in their own controllers.
 */
@RestController
@Tag(name = "Export and import")
class ExportController {

    /** The same downloads for the web app's Import and export page, signed in by its session. */
    static final String WEB = "/settings/data/export";

    private final Exporter exporter;
    private final JsonMapper json;
    private final SecurityEvents events;

    ExportController(Exporter exporter, JsonMapper json, SecurityEvents events) {
        this.exporter = exporter;
        this.json = json;
        this.events = events;
    }

    @GetMapping(path = { "/api/v1/export", ExportController.WEB }, params = "format=json")
    void json(@AuthenticationPrincipal AccountUser user, HttpServletResponse response) throws IOException {
        events.record(user.id(), SecurityEventType.EXPORTED);
        Downloads.json(exporter.export(user.id()), json, response);
    }

    @GetMapping(path = { "/api/v1/export", ExportController.WEB }, params = "format=csv")
    void csv(@AuthenticationPrincipal AccountUser user, HttpServletResponse response) throws IOException {
        events.record(user.id(), SecurityEventType.EXPORTED);
        Downloads.csv(exporter.export(user.id()), json, response);
    }
}
