package app.mitra.accounts;

/**
 * What happened to an account's security, as its log shows it. The list may grow; API clients
 * ignore types they do not know.
 */
public enum SecurityEventType {
    SIGN_IN,
    SIGN_IN_FAILED,
    LOCKED_OUT,
    PASSWORD_CHANGED,
    TOTP_ENABLED,
    TOTP_DISABLED,
    RECOVERY_CODE_USED,
    PASSKEY_ADDED,
    PASSKEY_REMOVED,
    SECOND_FACTOR_RESET,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    SESSION_REVOKED,
    SHARE_CREATED,
    SHARE_REVOKED,
    SHARE_ACCESSED,
    EXPORTED,
    DATA_INSTALLED,
    DATA_ROLLED_BACK
}
