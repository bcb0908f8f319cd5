package app.mitra.reports.internal.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import app.mitra.accounts.AccountUser;
import app.mitra.common.web.InvalidInputException;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * {@code POST /api/v1/import?format=}: the file itself as the body, or as the {@code file} part of a
 * multipart upload. {@code preview=true} answers what would be imported and stores nothing.
 */
@RestController
@Tag(name = "Export and import")
class ImportController {

    private final Importer importer;

    ImportController(Importer importer) {
        this.importer = importer;
    }

    @PostMapping(path = "/api/v1/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ImportResult upload(@AuthenticationPrincipal AccountUser user, @RequestParam String format,
            @RequestParam(defaultValue = "false") boolean preview, @RequestPart("file") MultipartFile file) {
        try {
            return importFile(user, format, preview, file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @PostMapping(path = "/api/v1/import")
    ImportResult body(@AuthenticationPrincipal AccountUser user, @RequestParam String format,
            @RequestParam(defaultValue = "false") boolean preview, @RequestBody(required = false) byte[] file) {
        return importFile(user, format, preview, file);
    }

    private ImportResult importFile(AccountUser user, String format, boolean preview, byte[] file) {
        ImportFormat known = ImportFormat.of(format).orElseThrow(() -> new InvalidInputException("format",
                "must be one of mitra-json, mitra-csv, psychonautwiki-journal, bearable-csv, herbal-tracker, daylio-csv"));
        return preview ? importer.preview(user.id(), known, file) : importer.run(user.id(), known, file);
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
