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
    List<String[]> columns(String table) {
        return jdbc.sql("""
                select column_name, data_type from information_schema.columns
                where table_schema = current_schema() and table_name = :table""")
                .param("table", table).query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    @Override
    String contains(String column, String type) {
        return type.equals("bytea") ? "position(convert_to(:needle, 'UTF8') in " + column + ") > 0"
                : "position(:needle in cast(" + column + " as text)) > 0";
    }
}
