package app.mitra.accounts.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code MITRA_REGISTRATION}: {@code invite} (default: later sign-ups need an admin's invite) or {@code open}. */
@ConfigurationProperties(prefix = "mitra.accounts")
public record AccountsProperties(Registration registration, int inviteValidDays) {

    public enum Registration { INVITE, OPEN }

    public AccountsProperties {
        registration = registration == null ? Registration.INVITE : registration;
        inviteValidDays = inviteValidDays <= 0 ? 14 : inviteValidDays;
    }
}
