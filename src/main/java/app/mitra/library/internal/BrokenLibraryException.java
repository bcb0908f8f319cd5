package app.mitra.library.internal;

import java.util.List;

import app.mitra.common.BrokenDataFile;

/** An article or the learn-more map fails its checks: start-up stops and names every problem. */
public class BrokenLibraryException extends BrokenDataFile {

    public BrokenLibraryException(List<String> problems) {
        super("The library", "Fix the files under src/main/resources/library "
                + "(ArticleFilesTest shows what is checked) and rebuild.", problems);
    }
}
