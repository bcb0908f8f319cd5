package app.mitra.accounts;

import java.util.UUID;

/**
 * Implemented by every module that keeps a person's rows, so deleting an account reaches all of them:
 * accounts is the lowest module and cannot name the others. {@link Accounts#deleteAccount} calls each
 * implementation inside the one write that deletes the account, so the deletion commits whole or not at all.
 */
public interface PersonalData {

    /** Deletes every row of this person in the module's tables. Runs inside the deleting write. */
    void erase(UUID userId);
}
