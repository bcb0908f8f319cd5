package app.mitra.accounts.internal;

import app.mitra.testing.MitraOnSqlite;

@MitraOnSqlite
class AnonymousPagesOnSqliteIT extends AnonymousPagesContract {
}
