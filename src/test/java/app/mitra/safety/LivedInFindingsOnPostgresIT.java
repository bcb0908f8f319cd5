package app.mitra.safety;

import app.mitra.testing.MitraOnPostgres;

@MitraOnPostgres
class LivedInFindingsOnPostgresIT extends LivedInFindingsContract {
}
