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
import app.mitra.journal.CheckIn;
import app.mitra.journal.CheckInFigures;
import app.mitra.journal.CheckInInput;
import app.mitra.journal.PainType;
import app.mitra.journal.SideEffect;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL of the journal_checkin table. Every statement filters by user_id. */
@Repository
public class CheckInRepository {

    private static final String COLUMNS = """
            id, taken_at, zone, pain, enjoyment, activity, mood, anxiety, energy, sleep_quality, pain_types,
            body_sites, side_effects, note, created_at, updated_at""";

    private static final String STORED = """
            user_id, id, taken_at, zone, pain, enjoyment, activity, mood, anxiety, energy, sleep_quality, pain_types,
            body_sites, side_effects, note, request_hash, created_at, updated_at""";

    public static final String INSERT = """
                insert into journal_checkin (user_id, id, taken_at, zone, pain, enjoyment, activity, mood, anxiety,
                    energy, sleep_quality, pain_types, body_sites, side_effects, note, request_hash, created_at,
                    updated_at)
                values (:user, :id, :takenAt, :zone, :pain, :enjoyment, :activity, :mood, :anxiety, :energy, :sleep,
                    :painTypes, :bodySites, :sideEffects, :note, :hash, :created, :updated)""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EntryTable<CheckIn> entries = new EntryTable<>(EntryKind.CHECKIN, STORED, COLUMNS,
            this::checkIn, this::find, this::fingerprint);

    CheckInRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What a deletion moves and a restore moves back. */
    public EntryTable<CheckIn> entries() {
        return entries;
    }

    public void insert(UUID userId, UUID id, String zone, CheckInInput input, String fingerprint,
            long now) {
        jdbc.sql(INSERT).params(row(userId, id, zone, input, fingerprint, now, now)).update();
    }

    /** The parameters of {@link #INSERT} for one row; imports send many of them in one batch. */
    public Map<String, Object> row(UUID userId, UUID id, String zone, CheckInInput input, String fingerprint,
            long created, long updated) {
        return InsertRow.of(values(input), userId, id, zone, fingerprint, created, updated);
    }

    /** The check-in {@link #insert} stores, exactly as {@link #find} will read it back. */
    public static CheckIn stored(UUID id, String zone, CheckInInput input, long now) {
        boolean peg = input.enjoyment() != null && input.activity() != null;
        return new CheckIn(id, Instant.ofEpochMilli(input.takenAt().toEpochMilli()), zone,
                peg ? CheckIn.PEG : CheckIn.NRS, input.pain(),
                CheckIn.pegMean(input.pain(), input.enjoyment(), input.activity()), input.painTypes(),
                input.bodySites(), input.enjoyment(), input.activity(), input.mood(), input.anxiety(), input.energy(),
                input.sleepQuality(), input.sideEffects(), input.note(), Instant.ofEpochMilli(now),
                Instant.ofEpochMilli(now));
    }

    public boolean update(UUID userId, UUID id, CheckInInput input, long now) {
        return jdbc.sql("""
                update journal_checkin set taken_at = :takenAt, pain = :pain, enjoyment = :enjoyment,
                    activity = :activity, mood = :mood, anxiety = :anxiety, energy = :energy, sleep_quality = :sleep,
                    pain_types = :painTypes, body_sites = :bodySites, side_effects = :sideEffects, note = :note,
                    updated_at = :now
                where user_id = :user and id = :id""")
                .params(values(input)).param("now", now).param("user", userId.toString()).param("id", id.toString())
                .update() == 1;
    }

    public Optional<String> fingerprint(UUID userId, UUID id) {
        return jdbc.sql("select request_hash from journal_checkin where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).query(String.class).optional();
    }

    public Optional<CheckIn> find(UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from journal_checkin where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString())
                .query(this::checkIn).optional();
    }

    /** Newest first; one row more than the limit, to tell whether another page exists. */
    public List<CheckIn> list(UUID userId, ListQuery query) {
        return jdbc.sql("select " + COLUMNS + " from journal_checkin where user_id = :user"
                        + " and taken_at >= :from and taken_at < :to" + Pages.afterCursor(query)
                        + " order by taken_at desc, id desc limit :limit")
                .param("user", userId.toString()).params(Pages.params(query))
                .query(this::checkIn).list();
    }

    /** When the earliest check-in was taken: the first row of journal_checkin_time. */
    public Optional<Instant> firstTakenAt(UUID userId) {
        return jdbc.sql("select taken_at from journal_checkin where user_id = :user order by taken_at limit 1")
                .param("user", userId.toString()).query(Long.class).optional().map(Instant::ofEpochMilli);
    }

    /** Check-ins in [from, to), oldest first, as figures: a range scan of journal_checkin_time. */
    public List<CheckInFigures> figures(UUID userId, long from, long to) {
        return jdbc.sql("""
                select taken_at, pain, enjoyment, activity, mood, anxiety, energy, sleep_quality from journal_checkin
                where user_id = :user and taken_at >= :from and taken_at < :to order by taken_at""")
                .param("user", userId.toString()).param("from", from).param("to", to)
                .query((rs, row) -> {
                    // By position: this read runs over years of rows, where a lookup by name per value counts.
                    int pain = rs.getInt(2);
                    return new CheckInFigures(rs.getLong(1), pain,
                            CheckIn.pegMean(pain, nullableInt(rs, 3), nullableInt(rs, 4)), nullableInt(rs, 5),
                            nullableInt(rs, 6), nullableInt(rs, 7), nullableInt(rs, 8));
                }).list();
    }

    private Map<String, Object> values(CheckInInput input) {
        Map<String, Object> values = new HashMap<>();
        values.put("takenAt", input.takenAt().toEpochMilli());
        values.put("pain", input.pain());
        values.put("enjoyment", input.enjoyment());
        values.put("activity", input.activity());
        values.put("mood", input.mood());
        values.put("anxiety", input.anxiety());
        values.put("energy", input.energy());
        values.put("sleep", input.sleepQuality());
        values.put("painTypes", json.writeValueAsString(input.painTypes()));
        values.put("bodySites", json.writeValueAsString(input.bodySites()));
        values.put("sideEffects", json.writeValueAsString(input.sideEffects()));
        values.put("note", input.note());
        return values;
    }

    private CheckIn checkIn(ResultSet rs, int row) throws SQLException {
        Integer pain = rs.getInt("pain");
        Integer enjoyment = nullableInt(rs, "enjoyment");
        Integer activity = nullableInt(rs, "activity");
        boolean peg = enjoyment != null && activity != null;
        return new CheckIn(UUID.fromString(rs.getString("id")), Instant.ofEpochMilli(rs.getLong("taken_at")),
                rs.getString("zone"), peg ? CheckIn.PEG : CheckIn.NRS, pain, CheckIn.pegMean(pain, enjoyment, activity),
                json.readValue(rs.getString("pain_types"), new TypeReference<List<PainType>>() { }),
                json.readValue(rs.getString("body_sites"), new TypeReference<List<String>>() { }),
                enjoyment, activity, nullableInt(rs, "mood"), nullableInt(rs, "anxiety"), nullableInt(rs, "energy"),
                nullableInt(rs, "sleep_quality"),
                json.readValue(rs.getString("side_effects"), new TypeReference<List<SideEffect>>() { }),
                rs.getString("note"), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
