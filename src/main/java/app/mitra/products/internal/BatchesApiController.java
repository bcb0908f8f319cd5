package app.mitra.products.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.common.Created;
import app.mitra.common.web.InvalidInputException;
import app.mitra.common.web.NotFoundException;
import app.mitra.products.Batch;
import app.mitra.products.Batches;
import app.mitra.products.Evaluation;
import app.mitra.products.ExposureDay;
import app.mitra.products.Exposures;
import app.mitra.products.Imported;
import app.mitra.products.Products;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Batches, their certificates and evaluations, and the daily exposure (API.md, "Products and certificates of analysis"). */
@RestController
@Tag(name = "Product quality")
class BatchesApiController {

    private final Batches batches;
    private final Products products;
    private final Exposures exposures;
    private final Accounts accounts;

    BatchesApiController(Batches batches, Products products, Exposures exposures, Accounts accounts) {
        this.batches = batches;
        this.products = products;
        this.exposures = exposures;
        this.accounts = accounts;
    }

    record BatchList(List<Batch> items) {
    }

    record ExposureList(List<ExposureDay> items) {
    }

    /** The product is looked up first, so another person's product answers 404 whatever the body holds. */
    @PostMapping("/api/v1/products/{productId}/batches")
    ResponseEntity<Batch> create(@AuthenticationPrincipal AccountUser user, @PathVariable UUID productId,
            @RequestBody BatchRequest body) {
        products.get(user.id(), productId);
        Created<Batch> created = batches.create(user.id(), productId, body.input(body.id()));
        return ResponseEntity.status(created.created() ? HttpStatus.CREATED : HttpStatus.OK).body(created.value());
    }

    /**
     * A file of certificate values (CSV or JSON) as the body, read as it arrives within
     * {@code MITRA_LIMIT_IMPORT_BYTES}; refused whole with line numbers.
     */
    @PostMapping("/api/v1/products/{productId}/batches/import")
    @Operation(requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(
            description = "A CSV or JSON file of certificate values",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    Imported importFile(@AuthenticationPrincipal AccountUser user, @PathVariable UUID productId, InputStream file) {
        return batches.importFile(user.id(), productId, file);
    }

    @GetMapping("/api/v1/products/{productId}/batches")
    BatchList ofProduct(@AuthenticationPrincipal AccountUser user, @PathVariable UUID productId) {
        return new BatchList(batches.ofProduct(user.id(), productId));
    }

    @GetMapping("/api/v1/batches/{id}")
    Batch get(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        return batches.get(user.id(), id);
    }

    @PutMapping("/api/v1/batches/{id}")
    Batch update(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id, @RequestBody BatchRequest body) {
        batches.find(user.id(), id).orElseThrow(() -> new NotFoundException("batch"));
        if (body.id() != null && !body.id().equals(id)) {
            throw new InvalidInputException("id", "differs from the id in the path");
        }
        return batches.update(user.id(), id, body.input(id));
    }

    @DeleteMapping("/api/v1/batches/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        batches.delete(user.id(), id);
    }

    @GetMapping("/api/v1/batches/{id}/evaluation")
    Evaluation evaluation(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        return batches.evaluation(user.id(), id);
    }

    /** {@code from} and {@code to} are days in the person's zone (an instant is read as its day); the last 30 days by default. */
    @GetMapping("/api/v1/exposure")
    ExposureList exposure(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        ZoneId zone = accounts.zone(user.id());
        LocalDate last = day(to, "to", zone, LocalDate.now(zone));
        LocalDate first = day(from, "from", zone, last.minusDays(29));
        return new ExposureList(exposures.days(user.id(), first, last));
    }

    private static LocalDate day(String text, String field, ZoneId zone, LocalDate fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return text.length() == 10 ? LocalDate.parse(text)
                    : java.time.OffsetDateTime.parse(text).toInstant().atZone(zone).toLocalDate();
        } catch (java.time.DateTimeException e) {
            throw new InvalidInputException(field, "must be a date like 2026-03-01 or an instant with an offset");
        }
    }
}
