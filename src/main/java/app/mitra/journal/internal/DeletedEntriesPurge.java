package app.mitra.journal.internal;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;
import org.springframework.stereotype.Component;

import app.mitra.common.storage.JobRuns;

/**
 * Removes deleted entries once their day is over, at the top of every hour. Reads already ignore them
 * after 24 hours; this takes them out of the database, so a deleted entry is gone within 25 hours. Every
 * node schedules it and {@link JobRuns} lets one of them run each hour's purge.
 */
@Component
class DeletedEntriesPurge implements SmartLifecycle {

    static final String JOB = "journal-purge-deleted";
    private static final Logger log = LoggerFactory.getLogger(DeletedEntriesPurge.class);
    private static final CronTrigger HOURLY = new CronTrigger("0 0 * * * *");

    private final DeletedEntries deleted;
    private final JobRuns jobRuns;
    private ThreadPoolTaskScheduler scheduler;

    DeletedEntriesPurge(DeletedEntries deleted, JobRuns jobRuns) {
        this.deleted = deleted;
        this.jobRuns = jobRuns;
    }

    @Override
    public void start() {
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("mitra-purge-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        // claimed by the time the schedule gave the run, so every node claims the same slot
        AtomicReference<Instant> due = new AtomicReference<>();
        scheduler.schedule(() -> runIfDue(due.get()), context -> {
            Instant next = HOURLY.nextExecution(context);
            due.set(next);
            return next;
        });
    }

    /** Purges for the run due at {@code due}, unless another node claimed it. */
    void runIfDue(Instant due) {
        if (!jobRuns.claim(JOB, due)) {
            return;
        }
        try {
            int purged = deleted.purge();
            if (purged > 0) {
                log.info("Purged {} journal entries deleted more than a day ago", purged);
            }
        } catch (RuntimeException e) {
            log.error("Purging deleted journal entries failed; the next hour tries again: {}", e.getMessage());
        }
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
