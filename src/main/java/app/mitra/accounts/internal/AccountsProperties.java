package app.mitra.accounts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code MITRA_REGISTRATION}: {@code invite} (default: later sign-ups need an admin's invite) or {@code open}.
 * {@code MITRA_REQUIRE_SECOND_FACTOR}: every account must add a second factor at its next sign-in (default false).
 */
@ConfigurationProperties(prefix = "mitra.accounts")
public record AccountsProperties(Registration registration, int inviteValidDays, boolean requireSecondFactor) {

    public enum Registration { INVITE, OPEN }

    public AccountsProperties {
        registration = registration == null ? Registration.INVITE : registration;
        inviteValidDays = inviteValidDays <= 0 ? 14 : inviteValidDays;
    }
}
