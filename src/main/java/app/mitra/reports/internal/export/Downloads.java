package app.mitra.reports.internal.export;

import java.io.IOException;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** The export as a download, for the API and for the web app's Import and export page. */
public final class Downloads {

    private Downloads() {
    }

    public static void json(MitraExport export, JsonMapper json, HttpServletResponse response) throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        attachment(response, "json");
        json.writeValue(response.getOutputStream(), export);
    }

    public static void csv(MitraExport export, JsonMapper json, HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        attachment(response, "zip");
        CsvZip.write(export, json, response.getOutputStream());
    }

    private static void attachment(HttpServletResponse response, String extension) {
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename("mitra-export-" + LocalDate.now() + "." + extension).build().toString());
    }
}
