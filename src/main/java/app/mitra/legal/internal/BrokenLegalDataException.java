package app.mitra.legal.internal;

import java.util.List;

import app.mitra.common.BrokenDataFile;

/** The legal data file is missing or fails its checks: start-up stops and names every problem. */
public class BrokenLegalDataException extends BrokenDataFile {

    public BrokenLegalDataException(String file, List<String> problems) {
        super("The legal data file " + file, "Fix src/main/resources/legal/jurisdictions.json "
                + "(JurisdictionsFileTest shows what is checked) and rebuild.", problems);
    }
}
