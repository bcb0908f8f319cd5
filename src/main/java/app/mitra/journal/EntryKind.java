package app.mitra.journal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of journal entry a person can delete and restore, by the path segment that names them. */
public enum EntryKind {

    CHECKIN("checkins", "check-in"), DOSE("doses", "dose"), SUBSTANCE("substances", "substance"),
    WITHDRAWAL("withdrawal", "withdrawal check-in"), NOTE("notes", "note");

    private final String path;
    private final String what;

    EntryKind(String path, String what) {
        this.path = path;
        this.what = what;
    }

    /** The segment in the web app's and the API's paths: {@code /doses/{id}}, {@code /api/v1/doses/{id}}. */
    public String path() {
        return path;
    }

    /** What an API answer calls one ("dose not found"). */
    public String what() {
        return what;
    }

    /** The entity's name in the audit trail. */
    public String entity() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<EntryKind> ofPath(String segment) {
        return Arrays.stream(values()).filter(kind -> kind.path.equals(segment)).findFirst();
    }
}
