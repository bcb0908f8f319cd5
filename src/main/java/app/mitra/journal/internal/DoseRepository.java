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
import app.mitra.journal.Dose;
import app.mitra.journal.DoseFigures;
import app.mitra.journal.DoseInput;
import app.mitra.journal.Intake;
import app.mitra.journal.Method;
import app.mitra.journal.Unit;
import app.mitra.journal.internal.DoseNormaliser.Normalised;
import app.mitra.products.Form;

/** SQL of the journal_dose table. Every statement filters by user_id. */
@Repository
public class DoseRepository {

    private static final String COLUMNS = """
            id, taken_at, zone, form, amount, unit, method, product_id, batch_id, note, material_mg,
            leaf_equivalent_mg, mitragynine_mg, seven_oh_mg, approximate, created_at, updated_at""";

    private static final String STORED = """
            user_id, id, taken_at, zone, form, amount, unit, method, product_id, batch_id, note, material_mg,
            leaf_equivalent_mg, mitragynine_mg, seven_oh_mg, approximate, request_hash, created_at, updated_at""";

    public static final String INSERT = """
                insert into journal_dose (user_id, id, taken_at, zone, form, amount, unit, method, product_id, batch_id,
                    note, material_mg, leaf_equivalent_mg, mitragynine_mg, seven_oh_mg, approximate, request_hash,
                    created_at, updated_at)
                values (:user, :id, :takenAt, :zone, :form, :amount, :unit, :method, :product, :batch, :note,
                    :material, :leaf, :mitragynine, :sevenOh, :approximate, :hash, :created, :updated)""";

    private final JdbcClient jdbc;
    private final EntryTable<Dose> entries = new EntryTable<>(EntryKind.DOSE, STORED, COLUMNS,
            DoseRepository::dose, this::find, this::fingerprint);

    DoseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What a deletion moves and a restore moves back. */
    public EntryTable<Dose> entries() {
        return entries;
    }

    public void insert(UUID userId, UUID id, String zone, DoseInput input, Normalised normalised, String fingerprint,
            long now) {
        jdbc.sql(INSERT).params(row(userId, id, zone, input, normalised, fingerprint, now, now)).update();
    }

    /** The parameters of {@link #INSERT} for one row; imports send many of them in one batch. */
    public Map<String, Object> row(UUID userId, UUID id, String zone, DoseInput input, Normalised normalised, String fingerprint,
            long created, long updated) {
        return InsertRow.of(values(input, normalised), userId, id, zone, fingerprint, created, updated);
    }

    /** The dose {@link #insert} stores, exactly as {@link #find} will read it back (without findings). */
    public static Dose stored(UUID id, String zone, DoseInput input, Normalised normalised, long now) {
        return new Dose(id, Instant.ofEpochMilli(input.takenAt().toEpochMilli()), zone, input.form(), input.amount(),
                input.unit(), input.method(), input.productId(), input.batchId(), input.note(),
                normalised.materialMg(), normalised.leafEquivalentMg(), normalised.mitragynineMg(),
                normalised.sevenOhMg(), normalised.approximate(), List.of(), Instant.ofEpochMilli(now),
                Instant.ofEpochMilli(now));
    }

    public boolean update(UUID userId, UUID id, DoseInput input, Normalised normalised, long now) {
        return jdbc.sql("""
                update journal_dose set taken_at = :takenAt, form = :form, amount = :amount, unit = :unit,
                    method = :method, product_id = :product, batch_id = :batch, note = :note, material_mg = :material,
                    leaf_equivalent_mg = :leaf, mitragynine_mg = :mitragynine, seven_oh_mg = :sevenOh,
                    approximate = :approximate, updated_at = :now
                where user_id = :user and id = :id""")
                .params(values(input, normalised)).param("now", now).param("user", userId.toString())
                .param("id", id.toString())
                .update() == 1;
    }

    public Optional<String> fingerprint(UUID userId, UUID id) {
        return jdbc.sql("select request_hash from journal_dose where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).query(String.class).optional();
    }

    public Optional<Dose> find(UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from journal_dose where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString())
                .query(DoseRepository::dose).optional();
    }

    public List<Dose> list(UUID userId, ListQuery query) {
        return jdbc.sql("select " + COLUMNS + " from journal_dose where user_id = :user"
                        + " and taken_at >= :from and taken_at < :to" + Pages.afterCursor(query)
                        + " order by taken_at desc, id desc limit :limit")
                .param("user", userId.toString()).params(Pages.params(query))
                .query(DoseRepository::dose).list();
    }

    /** Every dose but one taken in [from, to), oldest first (a guardrail's window: days). */
    /** Time and mass of the doses in [from, to) but one, oldest first: two columns, no whole doses. */
    public List<Intake> intakesBetween(UUID userId, long from, long to, UUID except) {
        return jdbc.sql("select taken_at, material_mg from journal_dose where user_id = :user"
                        + " and taken_at >= :from and taken_at < :to and id <> :except order by taken_at, id")
                .param("user", userId.toString()).param("from", from).param("to", to)
                .param("except", except.toString())
                .query((rs, row) -> new Intake(Instant.ofEpochMilli(rs.getLong(1)), rs.getLong(2))).list();
    }

    /** Doses in [from, to), oldest first, as figures: a range scan of journal_dose_time. */
    public List<DoseFigures> figures(UUID userId, long from, long to) {
        return jdbc.sql("""
                select taken_at, product_id, form, material_mg, mitragynine_mg from journal_dose
                where user_id = :user and taken_at >= :from and taken_at < :to order by taken_at""")
                .param("user", userId.toString()).param("from", from).param("to", to)
                .query((rs, row) -> {
                    // By position: this read runs over years of rows, where a lookup by name per value counts.
                    String product = rs.getString(2);
                    double mitragynine = rs.getDouble(5);
                    Double mitragynineMg = rs.wasNull() ? null : mitragynine;
                    return new DoseFigures(rs.getLong(1), product == null ? null : UUID.fromString(product),
                            Form.valueOf(rs.getString(3)), rs.getLong(4), mitragynineMg);
                }).list();
    }

    /** The earliest dose's time and mass: the first row of journal_dose_time. */
    public Optional<Intake> first(UUID userId) {
        return jdbc.sql("select taken_at, material_mg from journal_dose where user_id = :user order by taken_at, id limit 1")
                .param("user", userId.toString())
                .query((rs, row) -> new Intake(Instant.ofEpochMilli(rs.getLong(1)), rs.getLong(2))).optional();
    }

    public boolean anyOtherThan(UUID userId, UUID except) {
        return jdbc.sql("select 1 from journal_dose where user_id = :user and id <> :except limit 1")
                .param("user", userId.toString()).param("except", except.toString())
                .query(Integer.class).optional().isPresent();
    }

    /**
     * Milligrams taken per batch and local day, summed by the database. {@code offsets} are the zone's
     * UTC offsets in force over [from, to): each entry starts at its instant and lasts until the next,
     * so the day of a dose is (taken_at + offset) / one day, even across daylight-saving changes.
     * {@code batch} null sums every batch (and the doses without one); otherwise only that batch.
     */
    public List<DailyTotal> dailyTotals(UUID userId, long from, long to, List<OffsetSpan> offsets, UUID batch) {
        StringBuilder day = new StringBuilder("case");
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < offsets.size(); i++) {
            day.append(" when taken_at < :until").append(i).append(" then (taken_at + :offset").append(i)
                    .append(") / 86400000");
            params.put("until" + i, offsets.get(i).until());
            params.put("offset" + i, offsets.get(i).offsetMillis());
        }
        day.append(" end");
        return jdbc.sql("select batch_id, " + day + " as epoch_day, sum(material_mg) as mg from journal_dose"
                        + " where user_id = :user and taken_at >= :from and taken_at < :to"
                        + (batch == null ? "" : " and batch_id = :batch")
                        + " group by batch_id, epoch_day order by epoch_day, batch_id")
                .param("user", userId.toString()).param("from", from).param("to", to)
                .param("batch", batch == null ? null : batch.toString()).params(params)
                .query((rs, row) -> {
                    String batchId = rs.getString("batch_id");
                    return new DailyTotal(rs.getLong("epoch_day"), batchId == null ? null : UUID.fromString(batchId),
                            rs.getLong("mg"));
                }).list();
    }

    /** The first and last time this batch was taken, if it ever was. */
    public Optional<long[]> batchSpan(UUID userId, UUID batch) {
        return jdbc.sql("select min(taken_at) as first, max(taken_at) as last from journal_dose"
                        + " where user_id = :user and batch_id = :batch")
                .param("user", userId.toString()).param("batch", batch.toString())
                .query((rs, row) -> {
                    long first = rs.getLong("first");
                    return rs.wasNull() ? null : new long[] {first, rs.getLong("last")};
                }).optional();
    }

    /** A zone's offset in force until {@code until} (epoch millis, exclusive). */
    public record OffsetSpan(long until, long offsetMillis) {
    }

    /** Milligrams taken on one local day (as epoch day) from one batch, or without a batch. */
    public record DailyTotal(long epochDay, UUID batchId, long materialMg) {
    }

    private static Map<String, Object> values(DoseInput input, Normalised normalised) {
        Map<String, Object> values = new HashMap<>();
        values.put("takenAt", input.takenAt().toEpochMilli());
        values.put("form", input.form().name());
        values.put("amount", input.amount());
        values.put("unit", input.unit().name());
        values.put("method", input.method() == null ? null : input.method().name());
        values.put("product", input.productId() == null ? null : input.productId().toString());
        values.put("batch", input.batchId() == null ? null : input.batchId().toString());
        values.put("note", input.note());
        values.put("material", normalised.materialMg());
        values.put("leaf", normalised.leafEquivalentMg());
        values.put("mitragynine", normalised.mitragynineMg());
        values.put("sevenOh", normalised.sevenOhMg());
        values.put("approximate", normalised.approximate());
        return values;
    }

    private static Dose dose(ResultSet rs, int row) throws SQLException {
        String method = rs.getString("method");
        String product = rs.getString("product_id");
        String batch = rs.getString("batch_id");
        long leaf = rs.getLong("leaf_equivalent_mg");
        Long leafMg = rs.wasNull() ? null : leaf;
        double mitragynine = rs.getDouble("mitragynine_mg");
        Double mitragynineMg = rs.wasNull() ? null : mitragynine;
        double sevenOh = rs.getDouble("seven_oh_mg");
        Double sevenOhMg = rs.wasNull() ? null : sevenOh;
        return new Dose(UUID.fromString(rs.getString("id")), Instant.ofEpochMilli(rs.getLong("taken_at")),
                rs.getString("zone"), Form.valueOf(rs.getString("form")), rs.getDouble("amount"),
                Unit.valueOf(rs.getString("unit")), method == null ? null : Method.valueOf(method),
                product == null ? null : UUID.fromString(product), batch == null ? null : UUID.fromString(batch),
                rs.getString("note"), rs.getLong("material_mg"), leafMg, mitragynineMg, sevenOhMg,
                rs.getBoolean("approximate"), List.of(), Instant.ofEpochMilli(rs.getLong("created_at")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
    }
}
