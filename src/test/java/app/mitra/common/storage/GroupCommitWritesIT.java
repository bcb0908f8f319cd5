package app.mitra.common.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

import app.mitra.testing.TestDatabase;

class GroupCommitWritesIT {

    private TestDatabase database;
    private JdbcClient jdbc;
    private GroupCommitWrites writes;
    private final ExecutorService callers = Executors.newFixedThreadPool(16);

    @BeforeEach
    void openSqlite() {
        database = TestDatabase.create(TestDatabase.Kind.SQLITE);
        jdbc = database.jdbc();
        jdbc.sql("create table entry (id integer primary key, label text not null)").update();
        writes = new GroupCommitWrites(new DataSourceTransactionManager(database.dataSource()));
    }

    @AfterEach
    void close() throws InterruptedException {
        callers.shutdownNow();
        writes.destroy();
        database.close();
    }

    private void insert(int id) {
        jdbc.sql("insert into entry (id, label) values (:id, 'entry')").param("id", id).update();
    }

    private long count() {
        return jdbc.sql("select count(*) from entry").query(Long.class).single();
    }

    @Test
    void manyConcurrentWritersAreAllCommittedBeforeTheyAreAnswered() throws Exception {
        List<Future<Long>> answers = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            int id = i;
            answers.add(callers.submit(() -> writes.write(() -> {
                insert(id);
                return System.nanoTime();
            })));
        }
        for (Future<Long> answer : answers) {
            answer.get(30, TimeUnit.SECONDS);
        }
        assertThat(count()).isEqualTo(500);
    }

    @Test
    void aFailingWriteInABatchRollsBackOnlyItselfAndItsCallerSeesItsOwnFailure() throws Exception {
        CountDownLatch holdTheWriter = new CountDownLatch(1);
        Future<?> blocker = callers.submit(() -> writes.run(() -> {
            insert(0);
            await(holdTheWriter);
        }));
        List<Future<?>> answers = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            int id = i;
            answers.add(callers.submit(() -> writes.run(() -> {
                insert(id);
                if (id % 5 == 0) {
                    throw new IllegalArgumentException("write " + id + " failed");
                }
            })));
        }
        // the twenty writes queue up behind the held one, so they are committed as one batch
        Thread.sleep(300);
        holdTheWriter.countDown();
        blocker.get(10, TimeUnit.SECONDS);
        for (int i = 1; i <= 20; i++) {
            Future<?> answer = answers.get(i - 1);
            if (i % 5 == 0) {
                assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS))
                        .hasCauseInstanceOf(IllegalArgumentException.class)
                        .hasRootCauseMessage("write " + i + " failed");
            } else {
                answer.get(10, TimeUnit.SECONDS);
            }
        }
        assertThat(jdbc.sql("select id from entry order by id").query(Integer.class).list())
                .containsExactly(0, 1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14, 16, 17, 18, 19);
    }

    @Test
    void aWriteInsideAWriteRunsInTheSameTransaction() {
        int inner = writes.write(() -> {
            insert(1);
            return writes.write(() -> {
                insert(2);
                return 2;
            });
        });
        assertThat(inner).isEqualTo(2);
        assertThat(count()).isEqualTo(2);
    }

    @Test
    void afterShutdownNothingIsWritten() throws InterruptedException {
        writes.destroy();
        assertThatThrownBy(() -> writes.run(() -> insert(1))).isInstanceOf(IllegalStateException.class);
        assertThat(count()).isZero();
    }

    @Test
    void writesRacingTheShutdownAreEachEitherCommittedOrRefusedAndNoneWaitsForever() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            int id = i;
            answers.add(callers.submit(() -> {
                await(start);
                try {
                    writes.run(() -> insert(id));
                    return true;
                } catch (IllegalStateException refused) {
                    return false;
                }
            }));
        }
        start.countDown();
        Thread.sleep(5);
        writes.destroy();
        long committed = 0;
        for (Future<Boolean> answer : answers) {
            if (answer.get(15, TimeUnit.SECONDS)) {
                committed++;
            }
        }
        assertThat(count()).as("every write answered as done is there, no other").isEqualTo(committed);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
