package app.mitra.common.storage;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.scheduling.support.CronTrigger;

/**
 * A job on a cron schedule that every node schedules and one node runs for each time it is due
 * ({@link JobRuns}). A run is claimed by the time the schedule gave it, not by the clock when it
 * starts, so every node claims the same slot.
 */
public abstract class ScheduledJob implements SmartLifecycle {

    private final String job;
    private final JobRuns jobRuns;
    private ThreadPoolTaskScheduler scheduler;

    protected ScheduledJob(String job, JobRuns jobRuns) {
        this.job = job;
        this.jobRuns = jobRuns;
    }

    /** The cron expression (Spring's six fields), or null when the job is not to run. */
    protected abstract String schedule();

    /** The job's work for the run due at {@code due}; called on one node only. */
    protected abstract void run(Instant due);

    @Override
    public void start() {
        String cron = schedule();
        if (cron == null) {
            return;
        }
        scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("mitra-" + job + "-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        CronTrigger trigger = new CronTrigger(cron);
        AtomicReference<Instant> due = new AtomicReference<>();
        scheduler.schedule(() -> runIfDue(due.get()), context -> {
            Instant next = trigger.nextExecution(context);
            due.set(next);
            return next;
        });
    }

    /** Runs the job for the run due at {@code due}, unless another node already claimed it. */
    public void runIfDue(Instant due) {
        if (jobRuns.claim(job, due)) {
            run(due);
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
