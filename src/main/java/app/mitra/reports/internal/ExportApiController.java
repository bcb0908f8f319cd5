package app.mitra.reports.internal;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.SecurityEventType;
import app.mitra.accounts.SecurityEvents;
import app.mitra.common.web.InvalidInputException;
import app.mitra.reports.internal.fhir.FhirExport;
import app.mitra.reports.internal.fhir.FhirJson;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code GET /api/v1/export?format=fhir}: the FHIR bundle (json and csv have their own controller). */
@RestController
@Tag(name = "Reports and exports")
class ExportApiController {

    static final MediaType FHIR_JSON = MediaType.parseMediaType("application/fhir+json");

    private final Snapshots snapshots;
    private final FhirExport fhir;
    private final FhirJson fhirJson;
    private final SecurityEvents events;

    ExportApiController(Snapshots snapshots, FhirExport fhir, FhirJson fhirJson, SecurityEvents events) {
        this.snapshots = snapshots;
        this.fhir = fhir;
        this.fhirJson = fhirJson;
        this.events = events;
    }

    @GetMapping("/api/v1/export")
    ResponseEntity<?> export(@AuthenticationPrincipal AccountUser user,
            @RequestParam(required = false) String format) {
        String chosen = format == null ? "" : format.trim();
        if (!chosen.equals("fhir")) {
            throw new InvalidInputException("format", "must be json, csv or fhir");
        }
        events.record(user.id(), SecurityEventType.EXPORTED);
        return ResponseEntity.ok().contentType(FHIR_JSON).header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(fhirJson.write(fhir.bundle(snapshots.readAll(user.id()))));
    }
}
