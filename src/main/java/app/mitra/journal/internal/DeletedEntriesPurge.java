package app.mitra.journal.internal;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import app.mitra.common.storage.JobRuns;
import app.mitra.common.storage.ScheduledJob;

/**
 * Removes deleted entries once their day is over, at the top of every hour, on one node. Reads already
 * ignore them after 24 hours; this takes them out of the database, so a deleted entry is gone within 25.
 */
@Component
class DeletedEntriesPurge extends ScheduledJob {

    static final String JOB = "journal-purge-deleted";
    private static final Logger log = LoggerFactory.getLogger(DeletedEntriesPurge.class);

    private final DeletedEntries deleted;

    DeletedEntriesPurge(DeletedEntries deleted, JobRuns jobRuns) {
        super(JOB, jobRuns);
        this.deleted = deleted;
    }

    @Override
    protected String schedule() {
        return "0 0 * * * *";
    }

    @Override
    protected void run(Instant due) {
        try {
            int purged = deleted.purge();
            if (purged > 0) {
                log.info("Purged {} journal entries deleted more than a day ago", purged);
            }
        } catch (RuntimeException e) {
            log.error("Purging deleted journal entries failed; the next hour tries again: {}", e.getMessage());
        }
    }
}
