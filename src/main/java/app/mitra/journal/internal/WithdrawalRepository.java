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
import app.mitra.journal.WithdrawalCheckIn;
import app.mitra.journal.WithdrawalFigures;
import app.mitra.journal.WithdrawalInput;
import app.mitra.journal.WithdrawalSymptom;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL of the journal_withdrawal table. Every statement filters by user_id. */
@Repository
public class WithdrawalRepository {

    private static final String COLUMNS = "id, taken_at, zone, symptoms, total, note, created_at, updated_at";

    private static final String STORED = """
            user_id, id, taken_at, zone, symptoms, total, note, request_hash, created_at, updated_at""";

    public static final String INSERT = """
                insert into journal_withdrawal (user_id, id, taken_at, zone, symptoms, total, note, request_hash,
                    created_at, updated_at)
                values (:user, :id, :takenAt, :zone, :symptoms, :total, :note, :hash, :created, :updated)""";
    private static final TypeReference<List<WithdrawalSymptom>> SYMPTOMS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EntryTable<WithdrawalCheckIn> entries = new EntryTable<>(EntryKind.WITHDRAWAL, STORED, COLUMNS,
            this::checkIn, this::find, this::fingerprint);

    WithdrawalRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What a deletion moves and a restore moves back. */
    public EntryTable<WithdrawalCheckIn> entries() {
        return entries;
    }

    public void insert(UUID userId, UUID id, String zone, WithdrawalInput input, String fingerprint,
            long now) {
        jdbc.sql(INSERT).params(row(userId, id, zone, input, fingerprint, now, now)).update();
    }

    /** The parameters of {@link #INSERT} for one row; imports send many of them in one batch. */
    public Map<String, Object> row(UUID userId, UUID id, String zone, WithdrawalInput input, String fingerprint,
            long created, long updated) {
        return InsertRow.of(values(input), userId, id, zone, fingerprint, created, updated);
    }

    /** The withdrawal check-in {@link #insert} stores, exactly as {@link #find} will read it back. */
    public static WithdrawalCheckIn stored(UUID id, String zone, WithdrawalInput input, long now) {
        return new WithdrawalCheckIn(id, Instant.ofEpochMilli(input.takenAt().toEpochMilli()), zone, input.symptoms(),
                input.total(), input.note(), Instant.ofEpochMilli(now), Instant.ofEpochMilli(now));
    }

    public boolean update(UUID userId, UUID id, WithdrawalInput input, long now) {
        return jdbc.sql("""
                update journal_withdrawal set taken_at = :takenAt, symptoms = :symptoms, total = :total, note = :note,
                    updated_at = :now
                where user_id = :user and id = :id""")
                .params(values(input)).param("now", now).param("user", userId.toString()).param("id", id.toString())
                .update() == 1;
    }

    public Optional<String> fingerprint(UUID userId, UUID id) {
        return jdbc.sql("select request_hash from journal_withdrawal where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).query(String.class).optional();
    }

    public Optional<WithdrawalCheckIn> find(UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from journal_withdrawal where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString())
                .query(this::checkIn).optional();
    }

    /** Newest first; one row more than the limit, to tell whether another page exists. */
    /** Withdrawal check-ins in [from, to), oldest first, as their time and total only: one range scan. */
    public List<WithdrawalFigures> figures(UUID userId, long from, long to) {
        return jdbc.sql("""
                select taken_at, total from journal_withdrawal
                where user_id = :user and taken_at >= :from and taken_at < :to order by taken_at""")
                .param("user", userId.toString()).param("from", from).param("to", to)
                .query((rs, row) -> new WithdrawalFigures(rs.getLong(1), rs.getInt(2))).list();
    }

    public List<WithdrawalCheckIn> list(UUID userId, ListQuery query) {
        return jdbc.sql("select " + COLUMNS + " from journal_withdrawal where user_id = :user"
                        + " and taken_at >= :from and taken_at < :to" + Pages.afterCursor(query)
                        + " order by taken_at desc, id desc limit :limit")
                .param("user", userId.toString()).params(Pages.params(query))
                .query(this::checkIn).list();
    }

    private Map<String, Object> values(WithdrawalInput input) {
        Map<String, Object> values = new HashMap<>();
        values.put("takenAt", input.takenAt().toEpochMilli());
        values.put("symptoms", json.writeValueAsString(input.symptoms()));
        values.put("total", input.total());
        values.put("note", input.note());
        return values;
    }

    private WithdrawalCheckIn checkIn(ResultSet rs, int row) throws SQLException {
        return new WithdrawalCheckIn(UUID.fromString(rs.getString("id")), Instant.ofEpochMilli(rs.getLong("taken_at")),
                rs.getString("zone"), json.readValue(rs.getString("symptoms"), SYMPTOMS), rs.getInt("total"),
                rs.getString("note"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
