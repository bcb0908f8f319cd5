package app.mitra.reports.internal.fhir;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.springframework.stereotype.Component;

import app.mitra.reports.internal.DataFile;
import app.mitra.reports.internal.Snapshots;

/** The whole journal as a FHIR R4 bundle, inside "download everything". */
@Component
class FhirDataFile implements DataFile {

    private final Snapshots snapshots;
    private final FhirExport fhir;
    private final FhirJson json;

    FhirDataFile(Snapshots snapshots, FhirExport fhir, FhirJson json) {
        this.snapshots = snapshots;
        this.fhir = fhir;
        this.json = json;
    }

    @Override
    public String name() {
        return "mitra-fhir.json";
    }

    @Override
    public byte[] contents(UUID userId) {
        return json.write(fhir.bundle(snapshots.readAll(userId))).getBytes(StandardCharsets.UTF_8);
    }
}
