package app.mitra.journal;

import java.util.List;
import java.util.UUID;

/**
 * Notes another module wants a person to see on Today (safety's open warnings, for instance).
 * The journal shows them without knowing what they are about, so it never depends on that module.
 */
public interface TodayNotices {

    List<Notice> noticesFor(UUID userId);

    /** A message key with its arguments, and the page that says more. */
    record Notice(String message, List<Object> arguments, String link) {

        public Notice {
            arguments = List.copyOf(arguments);
        }
    }
}
