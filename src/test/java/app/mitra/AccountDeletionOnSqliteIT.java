package app.mitra;

import java.util.List;

import app.mitra.testing.MitraOnSqlite;

@MitraOnSqlite
class AccountDeletionOnSqliteIT extends AccountDeletionChecks {

    @Override
    List<String> tables() {
        return jdbc.sql("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'")
                .query(String.class).list();
    }

    @Override
    List<String[]> columns(String table) {
        return jdbc.sql("select name, type from pragma_table_info(:table)").param("table", table)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2)}).list();
    }

    @Override
    String contains(String column, String type) {
        return "instr(cast(" + column + " as blob), cast(:needle as blob)) > 0";
    }
}
