package app.mitra.accounts.internal;

import app.mitra.testing.MitraOnSqlite;

@MitraOnSqlite
class AccountSecurityOnSqliteIT extends AccountSecurityContract {
}
