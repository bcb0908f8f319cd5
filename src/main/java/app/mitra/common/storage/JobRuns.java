package app.mitra.common.storage;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Makes a scheduled job run once across all app nodes on one database: each node's scheduler
 * fires, but only the node whose row for (job, minute due) goes in first runs the job.
 */
@Component
public class JobRuns {

    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();
    private static final long KEEP_DAYS = 90;

    private final JdbcClient jdbc;
    private final Writes writes;

    JobRuns(JdbcClient jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** True for exactly one caller per job and minute, whichever node it runs on. */
    public boolean claim(String job, Instant due) {
        long slot = due.truncatedTo(ChronoUnit.MINUTES).toEpochMilli();
        long now = System.currentTimeMillis();
        return writes.write(() -> {
            jdbc.sql("delete from common_job_run where job = :job and slot < :old").param("job", job)
                    .param("old", now - ChronoUnit.DAYS.getDuration().toMillis() * KEEP_DAYS).update();
            return jdbc.sql("insert into common_job_run (job, slot, node, started_at) values (:job, :slot, :node, :now)"
                    + " on conflict do nothing")
                    .param("job", job).param("slot", slot).param("node", NODE).param("now", now).update() == 1;
        });
    }
}
