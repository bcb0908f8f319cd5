package app.mitra.safety;

import app.mitra.testing.MitraOnSqlite;

@MitraOnSqlite
class LivedInFindingsOnSqliteIT extends LivedInFindingsContract {
}
