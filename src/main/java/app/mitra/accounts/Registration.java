package app.mitra.accounts;

/** What a person sends to sign up. */
public record Registration(String username, String password, String timeZone, String inviteCode) {
}
