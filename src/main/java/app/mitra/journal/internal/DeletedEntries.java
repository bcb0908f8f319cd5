package app.mitra.journal.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.mitra.journal.Deleted;
import app.mitra.journal.EntryKind;

/**
 * Deleted journal entries, kept whole for a day in a copy of their table ({@code <table>_deleted}) so
 * they can be restored with the same id and values; nothing else reads those copies, so a deleted entry
 * is in no list, chart, export or check. Whatever was deleted more than {@link #KEPT} ago is never read
 * again and is purged by {@link DeletedEntriesPurge}. Every statement but the purge filters by user_id.
 */
@Repository
public class DeletedEntries {

    public static final Duration KEPT = Duration.ofHours(24);

    private final JdbcClient jdbc;
    private final Clock clock;

    DeletedEntries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Moves the entry out of its table into the deleted copy, stamped now; false when there is no such entry. */
    public boolean keep(UUID userId, EntryTable<?> table, UUID id) {
        // a copy left under the same id (deleted more than a day ago, not yet purged) makes way
        drop(userId, table, id);
        int kept = jdbc.sql("insert into " + table.table() + "_deleted (" + table.stored() + ", deleted_at) select "
                        + table.stored() + ", :now from " + table.table() + " where user_id = :user and id = :id")
                .param("now", clock.millis()).param("user", userId.toString()).param("id", id.toString()).update();
        jdbc.sql("delete from " + table.table() + " where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).update();
        return kept == 1;
    }

    /**
     * Moves an entry deleted within the day back into its table, unchanged; false when there is none, or
     * when the table holds that id again (an import brought it back), which the copy then never replaces.
     */
    public boolean restore(UUID userId, EntryTable<?> table, UUID id) {
        int restored = jdbc.sql("insert into " + table.table() + " (" + table.stored() + ") select " + table.stored()
                        + " from " + table.table() + "_deleted where user_id = :user and id = :id"
                        + " and deleted_at >= :since on conflict do nothing")
                .param("user", userId.toString()).param("id", id.toString()).param("since", since()).update();
        if (restored == 1) {
            drop(userId, table, id);
        }
        return restored == 1;
    }

    /** True when this entry was deleted within the day. */
    public boolean holds(UUID userId, EntryTable<?> table, UUID id) {
        return jdbc.sql("select 1 from " + table.table() + "_deleted where user_id = :user and id = :id"
                        + " and deleted_at >= :since")
                .param("user", userId.toString()).param("id", id.toString()).param("since", since())
                .query(Integer.class).optional().isPresent();
    }

    public <T> Optional<Deleted<T>> find(UUID userId, EntryTable<T> table, UUID id) {
        return jdbc.sql("select " + table.columns() + ", deleted_at from " + table.table() + "_deleted"
                        + " where user_id = :user and id = :id and deleted_at >= :since")
                .param("user", userId.toString()).param("id", id.toString()).param("since", since())
                .query(deleted(table))
                .optional();
    }

    /** What was deleted within the day and is not back in the journal, last deleted first. */
    public <T> List<Deleted<T>> list(UUID userId, EntryTable<T> table) {
        return jdbc.sql("select " + table.columns() + ", deleted_at from " + table.table() + "_deleted d"
                        + " where user_id = :user and deleted_at >= :since and not exists (select 1 from "
                        + table.table() + " live where live.user_id = d.user_id and live.id = d.id)"
                        + " order by deleted_at desc, id desc")
                .param("user", userId.toString()).param("since", since())
                .query(deleted(table))
                .list();
    }

    /** Forgets the deleted copy of an entry. */
    public void drop(UUID userId, EntryTable<?> table, UUID id) {
        jdbc.sql("delete from " + table.table() + "_deleted where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).update();
    }

    /** Removes, for everyone, what was deleted more than a day ago; answers how many entries went. */
    public int purge() {
        long since = since();
        return Arrays.stream(EntryKind.values()).mapToInt(kind -> jdbc.sql("delete from " + EntryTable.tableOf(kind)
                + "_deleted where deleted_at < :since").param("since", since).update()).sum();
    }

    private static <T> RowMapper<Deleted<T>> deleted(EntryTable<T> table) {
        return (rs, row) -> new Deleted<>(table.rows().mapRow(rs, row), Instant.ofEpochMilli(rs.getLong("deleted_at")));
    }

    private long since() {
        return clock.millis() - KEPT.toMillis();
    }
}
