package app.mitra.safety.internal;

import java.util.List;

import app.mitra.common.BrokenDataFile;

/** The rulebook file cannot be trusted; Mitra refuses to start rather than screen with it. */
public class BrokenRulebookException extends BrokenDataFile {

    public BrokenRulebookException(String file, List<String> problems) {
        super("The safety rulebook " + file,
                "Fix src/main/resources/safety/rulebook.json (RulebookFileTest shows what is checked) and rebuild.",
                problems);
    }
}
