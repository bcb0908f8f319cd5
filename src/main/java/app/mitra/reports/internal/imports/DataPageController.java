package app.mitra.reports.internal.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import app.mitra.accounts.AccountUser;
import app.mitra.common.limits.Limit;
import app.mitra.common.limits.LimitExceededException;
import app.mitra.common.limits.Upload;
import app.mitra.common.limits.Uploads;
import app.mitra.common.web.ConflictException;
import app.mitra.journal.Journal;

/**
 * The Import and export page (from Settings): download everything as JSON or CSV (served by
 * {@code ExportController}); import a file in
 * two steps, a preview (counts, the first rows, problems by line) and then the import itself. The
 * browser sends the chosen file again for the second step, so nothing waits on the server between them.
 */
@Controller
class DataPageController {

    static final String PREVIEW = "preview";

    private final Importer importer;
    private final Journal journal;
    private final Uploads uploads;

    DataPageController(Importer importer, Journal journal, Uploads uploads) {
        this.importer = importer;
        this.journal = journal;
        this.uploads = uploads;
    }

    @GetMapping("/settings/data")
    String page(@AuthenticationPrincipal AccountUser user, Model model) {
        model.addAttribute("formats", formats());
        return "reports/data";
    }

    /** Both steps of an import; htmx swaps in the outcome, a browser without script gets the whole page. */
    @PostMapping("/settings/data/import")
    String importFile(@AuthenticationPrincipal AccountUser user, @RequestParam(required = false) String format,
            @RequestParam(defaultValue = PREVIEW) String step, @RequestParam(required = false) MultipartFile file,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        Optional<ImportFormat> known = ImportFormat.of(format);
        model.addAttribute("formats", formats());
        model.addAttribute("chosen", format);
        model.addAttribute("zone", journal.zone(user.id()));
        if (known.isEmpty() || file == null || file.isEmpty()) {
            model.addAttribute("missing", known.isEmpty() ? "data.chooseFormat" : "data.chooseFile");
        } else {
            boolean preview = PREVIEW.equals(step);
            model.addAttribute("preview", preview);
            try (InputStream in = file.getInputStream(); Upload upload = uploads.receive(in, Limit.IMPORT_BYTES)) {
                model.addAttribute("result", preview ? importer.preview(user.id(), known.get(), upload)
                        : importer.run(user.id(), known.get(), upload));
            } catch (ImportRefused refused) {
                model.addAttribute("refused", refused.errors());
            } catch (LimitExceededException | ConflictException refused) {
                model.addAttribute("refused", List.of(new LineError(0, refused.getMessage())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return htmx != null ? "reports/data :: outcome" : "reports/data";
    }

    private static List<String> formats() {
        return Arrays.stream(ImportFormat.values()).map(ImportFormat::wireName).toList();
    }
}
