package app.mitra.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import app.mitra.common.web.AccountGoneException;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.TestDatabase;

/**
 * The database refuses a row naming an account that does not exist (V12), and Writes turns that refusal
 * into AccountGoneException. Tables are listed from the database itself, so a table added later without
 * its guard fails here.
 */
@OnBothDatabases
class AccountGuardsIT {

    @Parameter
    TestDatabase database;

    private List<String> tablesWithUserId(JdbcClient jdbc) {
        if (database.kind() == TestDatabase.Kind.SQLITE) {
            return jdbc.sql("""
                    select m.name from sqlite_master m join pragma_table_info(m.name) c
                    where m.type = 'table' and c.name = 'user_id' order by m.name""").query(String.class).list();
        }
        return jdbc.sql("""
                select table_name from information_schema.columns
                where table_schema = current_schema() and column_name = 'user_id' order by table_name""")
                .query(String.class).list();
    }

    private List<String> guardedTables(JdbcClient jdbc) {
        if (database.kind() == TestDatabase.Kind.SQLITE) {
            return jdbc.sql("""
                    select tbl_name from sqlite_master where type = 'trigger'
                    and sql like '%before insert%' and sql like '%new.user_id%' and sql like '%account-gone%'""")
                    .query(String.class).list();
        }
        return jdbc.sql("""
                select c.conrelid::regclass::text from pg_constraint c
                where c.contype = 'f' and c.confrelid = 'accounts_user'::regclass and c.confdeltype = 'c'
                and c.conname = c.conrelid::regclass::text || '_user_id_fkey'""").query(String.class).list();
    }

    @Test
    void everyTableWithAUserIdRefusesRowsOfAccountsThatDoNotExist() {
        JdbcClient jdbc = database.jdbc();
        List<String> tables = tablesWithUserId(jdbc);

        assertThat(tables).contains("journal_dose", "accounts_audit", "reports_share_view");
        assertThat(guardedTables(jdbc)).containsAll(tables);
    }

    @Test
    void aRefusedWriteIsAccountGoneAndFailsOnlyItselfInAGroupCommit() throws Exception {
        JdbcClient jdbc = database.jdbc();
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(database.dataSource());
        Writes writes = database.kind() == TestDatabase.Kind.SQLITE ? new GroupCommitWrites(transactions)
                : new DirectWrites(transactions);
        String present = UUID.randomUUID().toString();
        jdbc.sql("insert into accounts_user (id, username, password_hash, roles, time_zone, created_at)"
                + " values (:id, :name, 'x', 'person', 'UTC', 0)").param("id", present)
                .param("name", "guard-" + present.substring(0, 8)).update();
        ExecutorService callers = Executors.newFixedThreadPool(8);
        CountDownLatch holdTheWriter = new CountDownLatch(1);
        try {
            Future<?> blocker = callers.submit(() -> writes.run(() -> await(holdTheWriter)));
            List<Future<?>> answers = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String user = i % 2 == 0 ? present : UUID.randomUUID().toString();
                int n = i;
                answers.add(callers.submit(() -> writes.run(() -> jdbc.sql("""
                        insert into journal_note (user_id, id, taken_at, zone, tags, request_hash, created_at, updated_at)
                        values (:user, :id, 0, 'UTC', '[]', 'h', 0, 0)""").param("user", user)
                        .param("id", "note-" + n).update())));
            }
            // on SQLite the eight writes queue behind the held one and commit as one batch
            Thread.sleep(300);
            holdTheWriter.countDown();
            blocker.get(10, TimeUnit.SECONDS);
            for (int i = 0; i < 8; i++) {
                Future<?> answer = answers.get(i);
                if (i % 2 == 0) {
                    answer.get(10, TimeUnit.SECONDS);
                } else {
                    assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS))
                            .cause().isInstanceOf(AccountGoneException.class)
                            .hasMessage("This account no longer exists; nothing was stored.");
                }
            }
            assertThat(jdbc.sql("select id from journal_note order by id").query(String.class).list())
                    .containsExactly("note-0", "note-2", "note-4", "note-6");
        } finally {
            callers.shutdownNow();
            if (writes instanceof GroupCommitWrites group) {
                group.destroy();
            }
        }
    }

    @Test
    void aBrowserSessionCannotBeStoredForAnAccountThatDoesNotExist() {
        JdbcClient jdbc = database.jdbc();
        Writes writes = new DirectWrites(new DataSourceTransactionManager(database.dataSource()));
        String session = "insert into accounts_session (primary_id, session_id, creation_time, last_access_time,"
                + " max_inactive_interval, expiry_time, principal_name) values (:id, :id, 0, 0, 60, 0, :name)";
        String signedOut = UUID.randomUUID().toString();
        writes.run(() -> jdbc.sql(session).param("id", signedOut).param("name", null).update());

        assertThatThrownBy(() -> writes.run(() -> jdbc.sql(session).param("id", UUID.randomUUID().toString())
                .param("name", "nobody-" + signedOut.substring(0, 8)).update())).isInstanceOf(AccountGoneException.class);
        assertThatThrownBy(() -> writes.run(() -> jdbc.sql("update accounts_session set principal_name = :name"
                + " where primary_id = :id").param("id", signedOut).param("name", "nobody").update()))
                .isInstanceOf(AccountGoneException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
