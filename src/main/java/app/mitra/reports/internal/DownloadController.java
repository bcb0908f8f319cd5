package app.mitra.reports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.SecurityEventType;
import app.mitra.accounts.SecurityEvents;
import jakarta.servlet.http.HttpServletResponse;

/** "Download everything": every {@link DataFile} of the person in one zip. */
@Controller
class DownloadController {

    private final List<DataFile> files;
    private final SecurityEvents events;

    DownloadController(List<DataFile> files, SecurityEvents events) {
        this.files = files;
        this.events = events;
    }

    @GetMapping("/reports/everything.zip")
    void everything(@AuthenticationPrincipal AccountUser user, HttpServletResponse response) throws IOException {
        events.record(user.id(), SecurityEventType.EXPORTED);
        response.setContentType("application/zip");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("Content-Disposition",
                "attachment; filename=\"mitra-" + LocalDate.now() + ".zip\"");
        try (OutputStream out = response.getOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (DataFile file : files) {
                zip.putNextEntry(new ZipEntry(file.name()));
                zip.write(file.contents(user.id()));
                zip.closeEntry();
            }
        }
    }
}
