package app.mitra;

import java.util.List;

import app.mitra.testing.MitraOnPostgres;

@MitraOnPostgres
class AccountDeletionOnPostgresIT extends AccountDeletionChecks {

    @Override
    List<String> tables() {
        return jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE'""").query(String.class).list();
    }

    @Override
    List<String> columns(String table) {
        return jdbc.sql("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = :table""")
                .param("table", table).query(String.class).list();
    }
}
