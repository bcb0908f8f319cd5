package app.mitra.reports.internal.imports;

import org.springframework.stereotype.Component;

/** The reader of each format. */
@Component
class Readers {

    private final MitraReader mitra;

    Readers(MitraReader mitra) {
        this.mitra = mitra;
    }

    ImportPlan read(ImportFormat format, byte[] file, ImportContext context) {
        return switch (format) {
            case MITRA_JSON -> mitra.readJson(file, context);
            case MITRA_CSV -> mitra.readCsv(file, context);
            default -> throw new ImportRefused(0, "This format is not read yet.");
        };
    }
}
