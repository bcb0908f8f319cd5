package app.mitra.accounts.internal;

import app.mitra.testing.MitraOnPostgres;

@MitraOnPostgres
class AnonymousPagesOnPostgresIT extends AnonymousPagesContract {
}
