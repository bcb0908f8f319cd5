package app.mitra.journal.internal;

import app.mitra.testing.MitraOnPostgres;

@MitraOnPostgres
class RestoreApiOnPostgresIT extends RestoreApiContract {
}
