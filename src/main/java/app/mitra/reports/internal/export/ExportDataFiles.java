package app.mitra.reports.internal.export;

import java.io.ByteArrayOutputStream;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.reports.internal.DataFile;
import tools.jackson.databind.json.JsonMapper;

/**
 * Mitra's own export inside "download everything", in both formats, so the zip can be imported back
 * into Mitra as it is (the FHIR bundle beside it is for other systems, and cannot).
 */
final class ExportDataFiles {

    private ExportDataFiles() {
    }

    @Component
    static class Json implements DataFile {

        private final Exporter exporter;
        private final JsonMapper json;

        Json(Exporter exporter, JsonMapper json) {
            this.exporter = exporter;
            this.json = json;
        }

        @Override
        public String name() {
            return "mitra-export.json";
        }

        @Override
        public byte[] contents(UUID userId) {
            return json.writeValueAsBytes(exporter.export(userId));
        }
    }

    /** The CSV export as the zip the import reads, kept whole rather than unpacked beside the other files. */
    @Component
    static class Csv implements DataFile {

        private final Exporter exporter;
        private final JsonMapper json;

        Csv(Exporter exporter, JsonMapper json) {
            this.exporter = exporter;
            this.json = json;
        }

        @Override
        public String name() {
            return "mitra-export-csv.zip";
        }

        @Override
        public byte[] contents(UUID userId) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            CsvZip.write(exporter.export(userId), json, out);
            return out.toByteArray();
        }
    }
}
