package app.mitra.reports.internal;

import java.util.UUID;

/**
 * One file of "download everything": each export format that holds a person's data implements it, and
 * the download zips them all: the FHIR bundle, and Mitra's own JSON export and CSV zip.
 */
public interface DataFile {

    /** The file's name inside the zip, e.g. {@code mitra-fhir.json}. */
    String name();

    byte[] contents(UUID userId);
}
