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
import app.mitra.journal.Note;
import app.mitra.journal.NoteInput;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** SQL of the journal_note table. Every statement filters by user_id. */
@Repository
public class NoteRepository {

    private static final String COLUMNS = "id, taken_at, zone, title, body, mood, tags, created_at, updated_at";

    private static final String STORED = """
            user_id, id, taken_at, zone, title, body, mood, tags, request_hash, created_at, updated_at""";

    public static final String INSERT = """
                insert into journal_note (user_id, id, taken_at, zone, title, body, mood, tags, request_hash,
                    created_at, updated_at)
                values (:user, :id, :takenAt, :zone, :title, :body, :mood, :tags, :hash, :created, :updated)""";
    private static final TypeReference<List<String>> TAGS = new TypeReference<>() { };

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final EntryTable<Note> entries = new EntryTable<>(EntryKind.NOTE, STORED, COLUMNS,
            this::note, this::find, this::fingerprint);

    NoteRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** What a deletion moves and a restore moves back. */
    public EntryTable<Note> entries() {
        return entries;
    }

    public void insert(UUID userId, UUID id, String zone, NoteInput input, String fingerprint, long now) {
        jdbc.sql(INSERT).params(row(userId, id, zone, input, fingerprint, now, now)).update();
    }

    /** The parameters of {@link #INSERT} for one row; imports send many of them in one batch. */
    public Map<String, Object> row(UUID userId, UUID id, String zone, NoteInput input, String fingerprint,
            long created, long updated) {
        return InsertRow.of(values(input), userId, id, zone, fingerprint, created, updated);
    }

    /** The note {@link #insert} stores, exactly as {@link #find} will read it back. */
    public static Note stored(UUID id, String zone, NoteInput input, long now) {
        return new Note(id, Instant.ofEpochMilli(input.takenAt().toEpochMilli()), zone, input.title(), input.text(),
                input.mood(), input.tags(), Instant.ofEpochMilli(now), Instant.ofEpochMilli(now));
    }

    public boolean update(UUID userId, UUID id, NoteInput input, long now) {
        return jdbc.sql("""
                update journal_note set taken_at = :takenAt, title = :title, body = :body, mood = :mood, tags = :tags,
                    updated_at = :now
                where user_id = :user and id = :id""")
                .params(values(input)).param("now", now).param("user", userId.toString()).param("id", id.toString())
                .update() == 1;
    }

    public Optional<String> fingerprint(UUID userId, UUID id) {
        return jdbc.sql("select request_hash from journal_note where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).query(String.class).optional();
    }

    public Optional<Note> find(UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from journal_note where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString())
                .query(this::note).optional();
    }

    /** Newest first; one row more than the limit, to tell whether another page exists. */
    public List<Note> list(UUID userId, ListQuery query) {
        return jdbc.sql("select " + COLUMNS + " from journal_note where user_id = :user"
                        + " and taken_at >= :from and taken_at < :to" + Pages.afterCursor(query)
                        + " order by taken_at desc, id desc limit :limit")
                .param("user", userId.toString()).params(Pages.params(query))
                .query(this::note).list();
    }

    private Map<String, Object> values(NoteInput input) {
        Map<String, Object> values = new HashMap<>();
        values.put("takenAt", input.takenAt().toEpochMilli());
        values.put("title", input.title());
        values.put("body", input.text());
        values.put("mood", input.mood());
        values.put("tags", json.writeValueAsString(input.tags()));
        return values;
    }

    private Note note(ResultSet rs, int row) throws SQLException {
        return new Note(UUID.fromString(rs.getString("id")), Instant.ofEpochMilli(rs.getLong("taken_at")),
                rs.getString("zone"), rs.getString("title"), rs.getString("body"), rs.getString("mood"),
                json.readValue(rs.getString("tags"), TAGS), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
