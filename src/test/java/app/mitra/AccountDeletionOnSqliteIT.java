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
    List<String> columns(String table) {
        return jdbc.sql("select name from pragma_table_info(:table)").param("table", table).query(String.class).list();
    }
}
