package app.mitra.accounts;

import java.util.UUID;

/**
 * The API token an API request was signed in with (its authentication's details), so a change the
 * request makes (a new password, a second factor) can keep that one token and end every other.
 */
public record ApiToken(UUID id) {
}
