package app.mitra.reports.internal;

import java.util.UUID;

/**
 * One file of "download everything": each export format that holds a person's data implements it, and
 * the download zips them all. The FHIR bundle is one; Mitra's own JSON and CSV exports join by
 * implementing it too.
 */
public interface DataFile {

    /** The file's name inside the zip, e.g. {@code mitra-fhir.json}. */
    String name();

    byte[] contents(UUID userId);
}
