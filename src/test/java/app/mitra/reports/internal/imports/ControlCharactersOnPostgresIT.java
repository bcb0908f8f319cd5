package app.mitra.reports.internal.imports;

import app.mitra.testing.MitraOnPostgres;

@MitraOnPostgres
class ControlCharactersOnPostgresIT extends ControlCharactersContract {
}
