package app.mitra.accounts;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** A person's account as the API shows it. */
public record Account(UUID id, String username, List<String> roles, String timeZone) {

    public static final String PERSON = "person";
    public static final String ADMIN = "admin";

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }
}
