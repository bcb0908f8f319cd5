package app.mitra.accounts.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import app.mitra.accounts.PersonalTables;

/** A deleted account's second factors go with it: the TOTP secret, recovery codes and passkeys. */
@Component
class SecondFactorData extends PersonalTables {

    SecondFactorData(JdbcClient jdbc) {
        super(jdbc, "accounts_recovery_code", "accounts_totp", "accounts_passkey", "accounts_passkey_user");
    }
}
