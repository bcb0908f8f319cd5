package app.mitra.journal.internal;

import app.mitra.testing.MitraOnSqlite;

@MitraOnSqlite
class RestoreApiOnSqliteIT extends RestoreApiContract {
}
