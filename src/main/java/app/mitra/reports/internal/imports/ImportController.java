package app.mitra.reports.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import app.mitra.accounts.AccountUser;
import app.mitra.common.limits.Limit;
import app.mitra.common.limits.Upload;
import app.mitra.common.limits.Uploads;
import app.mitra.common.web.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/v1/import?format=}: the file itself as the body, or as the {@code file} part of a
 * multipart upload, at most {@code MITRA_LIMIT_IMPORT_BYTES}; it is kept in a private temporary file
 * while it is read, never in memory. {@code preview=true} answers what would be imported and stores nothing.
 */
@RestController
@Tag(name = "Export and import")
class ImportController {

    private final Importer importer;
    private final Uploads uploads;

    ImportController(Importer importer, Uploads uploads) {
        this.importer = importer;
        this.uploads = uploads;
    }

    @PostMapping(path = "/api/v1/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult upload(@AuthenticationPrincipal AccountUser user, @RequestParam String format,
            @RequestParam(defaultValue = "false") boolean preview, @RequestPart("file") MultipartFile file) {
        ImportFormat known = format(format);
        try (InputStream in = file.getInputStream()) {
            return importFile(user, known, preview, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping(path = "/api/v1/import")
    @Operation(requestBody = @RequestBody(description = "The file itself", content = @Content(
            mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))))
    ImportResult body(@AuthenticationPrincipal AccountUser user, @RequestParam String format,
            @RequestParam(defaultValue = "false") boolean preview, InputStream body) {
        return importFile(user, format(format), preview, body);
    }

    private static ImportFormat format(String format) {
        return ImportFormat.of(format).orElseThrow(() -> new InvalidInputException("format",
                "must be one of mitra-json, mitra-csv, psychonautwiki-journal, bearable-csv, herbal-tracker, daylio-csv"));
    }

    private ImportResult importFile(AccountUser user, ImportFormat format, boolean preview, InputStream body) {
        try (Upload file = uploads.receive(body, Limit.IMPORT_BYTES)) {
            return preview ? importer.preview(user.id(), format, file) : importer.run(user.id(), format, file);
        }
    }

    @ExceptionHandler
    ProblemDetail refused(ImportRefused e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "The file was not imported; nothing was stored. Fix the lines listed and import it again.");
        problem.setType(URI.create("urn:mitra:problem:import-refused"));
        problem.setTitle("Import refused");
        problem.setProperty("errors", e.errors());
        return problem;
    }
}
