package app.mitra.accounts;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** {@link PersonalData} for a module whose rows all carry {@code user_id}: deletes them from each named table. */
public abstract class PersonalTables implements PersonalData {

    private final JdbcClient jdbc;
    private final List<String> tables;

    protected PersonalTables(JdbcClient jdbc, String... tables) {
        this.jdbc = jdbc;
        this.tables = List.of(tables);
    }

    @Override
    public void erase(UUID userId) {
        tables.forEach(table -> jdbc.sql("delete from " + table + " where user_id = :user")
                .param("user", userId.toString()).update());
    }
}
