package app.mitra.products.internal;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.AccountUser;
import app.mitra.products.Imported;
import app.mitra.products.Recall;
import app.mitra.products.Recalls;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Recall lists: import a CSV (vendor, product, batch, reason, source, date), list, remove one. */
@RestController
@Tag(name = "Product quality")
class RecallsApiController {

    private final Recalls recalls;

    RecallsApiController(Recalls recalls) {
        this.recalls = recalls;
    }

    record RecallList(List<Recall> items) {
    }

    /** The CSV file itself as the body, read as it arrives within {@code MITRA_LIMIT_IMPORT_BYTES}; refused whole with line numbers. */
    @PostMapping("/api/v1/recalls/import")
    @Operation(requestBody = @RequestBody(description = "A CSV recall list",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string"))))
    Imported importCsv(@AuthenticationPrincipal AccountUser user, InputStream file) {
        return recalls.importCsv(user.id(), file);
    }

    @GetMapping("/api/v1/recalls")
    RecallList list(@AuthenticationPrincipal AccountUser user) {
        return new RecallList(recalls.list(user.id()));
    }

    @DeleteMapping("/api/v1/recalls/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        recalls.delete(user.id(), id);
    }
}
