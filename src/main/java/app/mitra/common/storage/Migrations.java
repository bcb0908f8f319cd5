package app.mitra.common.storage;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * The schema's version against this build's migrations. Mitra migrates forward only, so a
 * database that a newer Mitra already migrated is refused rather than run against code that
 * does not know its tables; with {@code MITRA_MIGRATE=manual} the server also refuses pending
 * migrations, and only the {@code migrate} command applies them.
 */
public final class Migrations {

    private Migrations() {
    }

    public static Flyway flyway(DataSource dataSource, Database database) {
        return Flyway.configure().dataSource(dataSource).locations(database.migrationLocation()).load();
    }

    /** Refuses a database migrated by a newer Mitra. */
    public static void refuseNewerDatabase(Flyway flyway) {
        List<String> future = Arrays.stream(flyway.info().all())
                .filter(info -> info.getState() == MigrationState.FUTURE_SUCCESS
                        || info.getState() == MigrationState.FUTURE_FAILED)
                .map(info -> info.getVersion().getVersion()).toList();
        if (!future.isEmpty()) {
            throw new SchemaMismatchException("The database was migrated by a newer Mitra (schema version "
                    + future.get(future.size() - 1) + "; this Mitra knows up to " + latestKnown(flyway) + ").",
                    "Run the newer Mitra again, or restore a backup taken before the upgrade; Mitra never migrates"
                            + " a database backwards.");
        }
    }

    /** Refuses to serve on a schema that still has migrations to apply (MITRA_MIGRATE=manual). */
    public static void refusePending(Flyway flyway) {
        MigrationInfo[] pending = flyway.info().pending();
        if (pending.length > 0) {
            throw new SchemaMismatchException("The database needs " + pending.length
                    + " migration(s) and MITRA_MIGRATE is manual.",
                    "Take a backup, then run: java -jar mitra.jar migrate");
        }
    }

    /** Migrates after checking the database is not newer; answers how many migrations were applied. */
    public static int migrate(Flyway flyway) {
        refuseNewerDatabase(flyway);
        return flyway.migrate().migrationsExecuted;
    }

    public static String currentVersion(Flyway flyway) {
        return version(flyway.info().current());
    }

    private static String latestKnown(Flyway flyway) {
        return Arrays.stream(flyway.info().all())
                .filter(info -> info.getVersion() != null && info.getState() != MigrationState.FUTURE_SUCCESS
                        && info.getState() != MigrationState.FUTURE_FAILED)
                .map(MigrationInfo::getVersion).max(Comparator.naturalOrder()).map(Object::toString).orElse("none");
    }

    private static String version(MigrationInfo info) {
        return info == null || info.getVersion() == null ? "none" : info.getVersion().getVersion();
    }
}
