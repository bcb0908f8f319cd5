package app.mitra.common.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.scheduling.support.CronExpression;

/**
 * Scheduled backups: {@code MITRA_BACKUP_SCHEDULE} (a cron expression such as {@code 0 30 3 * * *};
 * empty: none), {@code MITRA_BACKUP_DIR} and {@code MITRA_BACKUP_KEEP} (how many to keep).
 */
@ConfigurationProperties(prefix = "mitra.backup")
public record BackupProperties(String schedule, Path dir, int keep) {

    public BackupProperties {
        schedule = schedule == null ? "" : schedule.trim();
        if (!schedule.isEmpty() && !CronExpression.isValidExpression(schedule)) {
            throw new IllegalArgumentException("MITRA_BACKUP_SCHEDULE '" + schedule + "' is not a cron expression"
                    + " (six fields: second minute hour day month weekday, for example '0 30 3 * * *')");
        }
        if (keep < 1) {
            throw new IllegalArgumentException("MITRA_BACKUP_KEEP must be 1 or more; got " + keep);
        }
        dir = dir == null ? Path.of("data", "backups") : dir;
    }

    public boolean scheduled() {
        return !schedule.isEmpty();
    }
}
