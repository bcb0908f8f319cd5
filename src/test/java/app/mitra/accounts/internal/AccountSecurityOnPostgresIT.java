package app.mitra.accounts.internal;

import app.mitra.testing.MitraOnPostgres;

@MitraOnPostgres
class AccountSecurityOnPostgresIT extends AccountSecurityContract {
}
