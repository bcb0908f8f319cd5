package app.mitra.journal.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.mitra.common.web.ListQuery;
import app.mitra.journal.EntryKind;
import app.mitra.journal.Substance;
import app.mitra.journal.SubstanceInput;
import app.mitra.journal.SubstanceKind;
import app.mitra.journal.SubstanceUnit;

/** SQL of the journal_substance table. Every statement filters by user_id. */
@Repository
public class SubstanceRepository {

    private static final String COLUMNS = "id, taken_at, zone, kind, name, amount, unit, note, created_at, updated_at";

    private static final String STORED = """
            user_id, id, taken_at, zone, kind, name, amount, unit, note, request_hash, created_at,
            updated_at""";

    public static final String INSERT = """
                insert into journal_substance (user_id, id, taken_at, zone, kind, name, amount, unit, note, request_hash,
                    created_at, updated_at)
                values (:user, :id, :takenAt, :zone, :kind, :name, :amount, :unit, :note, :hash, :created, :updated)""";

    private final JdbcClient jdbc;
    private final EntryTable<Substance> entries = new EntryTable<>(EntryKind.SUBSTANCE, STORED, COLUMNS,
            SubstanceRepository::substance, this::find, this::fingerprint);

    SubstanceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a deletion moves and a restore moves back. */
    public EntryTable<Substance> entries() {
        return entries;
    }

    public void insert(UUID userId, UUID id, String zone, SubstanceInput input, String fingerprint,
            long now) {
        jdbc.sql(INSERT).params(row(userId, id, zone, input, fingerprint, now, now)).update();
    }

    /** The parameters of {@link #INSERT} for one row; imports send many of them in one batch. */
    public Map<String, Object> row(UUID userId, UUID id, String zone, SubstanceInput input, String fingerprint,
            long created, long updated) {
        return InsertRow.of(values(input), userId, id, zone, fingerprint, created, updated);
    }

    public boolean update(UUID userId, UUID id, SubstanceInput input, long now) {
        return jdbc.sql("""
                update journal_substance set taken_at = :takenAt, kind = :kind, name = :name, amount = :amount,
                    unit = :unit, note = :note, updated_at = :now
                where user_id = :user and id = :id""")
                .params(values(input)).param("now", now).param("user", userId.toString()).param("id", id.toString())
                .update() == 1;
    }

    public Optional<String> fingerprint(UUID userId, UUID id) {
        return jdbc.sql("select request_hash from journal_substance where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).query(String.class).optional();
    }

    public Optional<Substance> find(UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from journal_substance where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString())
                .query(SubstanceRepository::substance).optional();
    }

    /** Newest first; one row more than the limit, to tell whether another page exists. */
    public List<Substance> list(UUID userId, ListQuery query) {
        return jdbc.sql("select " + COLUMNS + " from journal_substance where user_id = :user"
                        + " and taken_at >= :from and taken_at < :to" + Pages.afterCursor(query)
                        + " order by taken_at desc, id desc limit :limit")
                .param("user", userId.toString()).params(Pages.params(query))
                .query(SubstanceRepository::substance).list();
    }

    /** Every entry taken in [from, to], oldest first (a guardrail's window: a few hours). */
    public List<Substance> between(UUID userId, long from, long to) {
        return jdbc.sql("select " + COLUMNS + " from journal_substance where user_id = :user"
                        + " and taken_at >= :from and taken_at <= :to order by taken_at, id")
                .param("user", userId.toString()).param("from", from).param("to", to)
                .query(SubstanceRepository::substance).list();
    }

    private static Map<String, Object> values(SubstanceInput input) {
        Map<String, Object> values = new HashMap<>();
        values.put("takenAt", input.takenAt().toEpochMilli());
        values.put("kind", input.kind().name());
        values.put("name", input.name());
        values.put("amount", input.amount());
        values.put("unit", input.unit() == null ? null : input.unit().name());
        values.put("note", input.note());
        return values;
    }

    private static Substance substance(ResultSet rs, int row) throws SQLException {
        double amount = rs.getDouble("amount");
        Double amountOrNull = rs.wasNull() ? null : amount;
        String unit = rs.getString("unit");
        return new Substance(UUID.fromString(rs.getString("id")), Instant.ofEpochMilli(rs.getLong("taken_at")),
                rs.getString("zone"), SubstanceKind.valueOf(rs.getString("kind")), rs.getString("name"), amountOrNull,
                unit == null ? null : SubstanceUnit.valueOf(unit), rs.getString("note"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
