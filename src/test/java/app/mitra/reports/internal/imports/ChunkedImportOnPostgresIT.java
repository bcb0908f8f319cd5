package app.mitra.reports.internal.imports;

import app.mitra.testing.MitraOnPostgres;

@MitraOnPostgres
class ChunkedImportOnPostgresIT extends ChunkedImportContract {
}
