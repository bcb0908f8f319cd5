package app.mitra.reports.internal.imports;

import app.mitra.testing.MitraOnSqlite;

@MitraOnSqlite
class ChunkedImportOnSqliteIT extends ChunkedImportContract {
}
