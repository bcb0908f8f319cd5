package app.mitra.common.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Backs up on MITRA_BACKUP_SCHEDULE into MITRA_BACKUP_DIR, keeping the newest MITRA_BACKUP_KEEP
 * files. Every node schedules it; {@link JobRuns} lets one node per due time do it, so with several
 * nodes MITRA_BACKUP_DIR is best a directory they share: one backup per run, pruned in one place.
 */
@Component
class ScheduledBackups extends ScheduledJob {

    static final String JOB = "backup";
    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final String PREFIX = "mitra-";
    private static final Pattern SCHEDULED = Pattern.compile("mitra-\\d{8}-\\d{6}\\.(db|dump)");

    private final BackupProperties backup;
    private final StorageProperties storage;

    ScheduledBackups(BackupProperties backup, StorageProperties storage, JobRuns jobRuns) {
        super(JOB, jobRuns);
        this.backup = backup;
        this.storage = storage;
    }

    @Override
    protected String schedule() {
        return backup.scheduled() ? backup.schedule() : null;
    }

    @Override
    public void start() {
        super.start();
        if (isRunning()) {
            log.info("Backups scheduled at '{}' into {}, keeping {}", backup.schedule(), backup.dir(), backup.keep());
        }
    }

    /** Backs up for the run due at {@code due}, named after it: every node would write the same file name. */
    @Override
    protected void run(Instant due) {
        try {
            BackupReport report = Backups.backup(storage, backup.dir().resolve(PREFIX + NAME.format(due)
                    + (storage.database().isSqlite() ? ".db" : ".dump")));
            List<Path> removed = prune(backup.dir(), backup.keep());
            log.info("Backup written and verified: {} ({} bytes, {}); {} old backup(s) removed", report.file(),
                    report.bytes(), report.summary(), removed.size());
        } catch (RuntimeException e) {
            log.error("Scheduled backup failed: {}", e.getMessage());
        }
    }

    /**
     * Deletes all but the newest {@code keep} scheduled backups in {@code dir}; answers what went. Only
     * files named as scheduled backups count: a manual backup, a dump kept by a restore or a backup still
     * being written (.partial) in the same directory is never deleted.
     */
    static List<Path> prune(Path dir, int keep) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> old = files.filter(file -> SCHEDULED.matcher(file.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path file) -> file.getFileName().toString()).reversed())
                    .skip(keep).toList();
            for (Path file : old) {
                Files.delete(file);
            }
            return old;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not prune old backups in " + dir, e);
        }
    }
}
