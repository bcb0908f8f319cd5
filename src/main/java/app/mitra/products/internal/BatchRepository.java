package app.mitra.products.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.mitra.products.Batch;
import app.mitra.products.BatchInput;
import app.mitra.products.Coa;
import app.mitra.products.Detection;

/** SQL of the products_batch table, the certificate in the batch's own row. Every statement filters by user_id. */
@Repository
public class BatchRepository {

    private static final String COLUMNS = """
            id, product_id, batch_code, purchased_on, coa_present, coa_lab, coa_tested_on, coa_batch_code,
            mitragynine_percent, seven_oh_percent, total_alkaloids_percent, lead_ug_per_g, arsenic_ug_per_g,
            cadmium_ug_per_g, mercury_ug_per_g, salmonella, e_coli, total_aerobic_cfu_per_g, yeast_mold_cfu_per_g,
            created_at, updated_at""";

    private static final String SET = """
            batch_code = :batchCode, purchased_on = :purchasedOn, coa_present = :coaPresent, coa_lab = :lab,
            coa_tested_on = :testedOn, coa_batch_code = :coaBatchCode, mitragynine_percent = :mitragynine,
            seven_oh_percent = :sevenOh, total_alkaloids_percent = :totalAlkaloids, lead_ug_per_g = :lead,
            arsenic_ug_per_g = :arsenic, cadmium_ug_per_g = :cadmium, mercury_ug_per_g = :mercury,
            salmonella = :salmonella, e_coli = :eColi, total_aerobic_cfu_per_g = :aerobic,
            yeast_mold_cfu_per_g = :yeastMold""";

    private final JdbcClient jdbc;

    BatchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID userId, UUID id, UUID productId, BatchInput input, String fingerprint, long now) {
        insert(userId, id, productId, input, fingerprint, now, now);
    }

    /** Inserts with the times it was first and last written (an import keeps those of the export). */
    public void insert(UUID userId, UUID id, UUID productId, BatchInput input, String fingerprint, long created,
            long updated) {
        jdbc.sql("""
                insert into products_batch (user_id, id, product_id, batch_code, purchased_on, coa_present, coa_lab,
                    coa_tested_on, coa_batch_code, mitragynine_percent, seven_oh_percent, total_alkaloids_percent,
                    lead_ug_per_g, arsenic_ug_per_g, cadmium_ug_per_g, mercury_ug_per_g, salmonella, e_coli,
                    total_aerobic_cfu_per_g, yeast_mold_cfu_per_g, request_hash, created_at, updated_at)
                values (:user, :id, :product, :batchCode, :purchasedOn, :coaPresent, :lab, :testedOn, :coaBatchCode,
                    :mitragynine, :sevenOh, :totalAlkaloids, :lead, :arsenic, :cadmium, :mercury, :salmonella, :eColi,
                    :aerobic, :yeastMold, :hash, :created, :updated)""")
                .param("user", userId.toString()).param("id", id.toString()).param("product", productId.toString())
                .params(values(input)).param("hash", fingerprint).param("created", created).param("updated", updated)
                .update();
    }

    public boolean update(UUID userId, UUID id, BatchInput input, long now) {
        return jdbc.sql("update products_batch set " + SET + ", updated_at = :now where user_id = :user and id = :id")
                .params(values(input)).param("now", now).param("user", userId.toString()).param("id", id.toString())
                .update() == 1;
    }

    public boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from products_batch where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).update() == 1;
    }

    public Optional<String> fingerprint(UUID userId, UUID id) {
        return jdbc.sql("select request_hash from products_batch where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).query(String.class).optional();
    }

    public Optional<Batch> find(UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from products_batch where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString())
                .query(BatchRepository::batch).optional();
    }

    /** A product's batches, newest purchase first (batches without a date last, newest recorded first). */
    public List<Batch> ofProduct(UUID userId, UUID productId) {
        return jdbc.sql("select " + COLUMNS + " from products_batch where user_id = :user and product_id = :product"
                        + " order by case when purchased_on is null then 1 else 0 end, purchased_on desc,"
                        + " created_at desc, id desc")
                .param("user", userId.toString()).param("product", productId.toString())
                .query(BatchRepository::batch).list();
    }

    /** Every batch of the person, for evaluations across products. */
    public List<Batch> all(UUID userId) {
        return jdbc.sql("select " + COLUMNS + " from products_batch where user_id = :user order by created_at, id")
                .param("user", userId.toString()).query(BatchRepository::batch).list();
    }

    public Optional<Batch> byCode(UUID userId, UUID productId, String batchCode) {
        return jdbc.sql("select " + COLUMNS + " from products_batch where user_id = :user and product_id = :product"
                        + " and lower(batch_code) = lower(:code) order by created_at limit 1")
                .param("user", userId.toString()).param("product", productId.toString()).param("code", batchCode)
                .query(BatchRepository::batch).optional();
    }

    private static Map<String, Object> values(BatchInput input) {
        Coa coa = input.coa();
        Map<String, Object> values = new HashMap<>();
        values.put("batchCode", input.batchCode());
        values.put("purchasedOn", input.purchasedOn() == null ? null : input.purchasedOn().toString());
        values.put("coaPresent", coa != null);
        values.put("lab", coa == null ? null : coa.lab());
        values.put("testedOn", coa == null || coa.testedOn() == null ? null : coa.testedOn().toString());
        values.put("coaBatchCode", coa == null ? null : coa.batchCode());
        values.put("mitragynine", coa == null ? null : coa.mitragyninePercent());
        values.put("sevenOh", coa == null ? null : coa.sevenOhPercent());
        values.put("totalAlkaloids", coa == null ? null : coa.totalAlkaloidsPercent());
        values.put("lead", coa == null ? null : coa.leadUgPerG());
        values.put("arsenic", coa == null ? null : coa.arsenicUgPerG());
        values.put("cadmium", coa == null ? null : coa.cadmiumUgPerG());
        values.put("mercury", coa == null ? null : coa.mercuryUgPerG());
        values.put("salmonella", coa == null || coa.salmonella() == null ? null : coa.salmonella().name());
        values.put("eColi", coa == null || coa.eColi() == null ? null : coa.eColi().name());
        values.put("aerobic", coa == null ? null : coa.totalAerobicCfuPerG());
        values.put("yeastMold", coa == null ? null : coa.yeastMoldCfuPerG());
        return values;
    }

    private static Batch batch(ResultSet rs, int row) throws SQLException {
        Coa coa = !rs.getBoolean("coa_present") ? null : new Coa(rs.getString("coa_lab"),
                date(rs.getString("coa_tested_on")), rs.getString("coa_batch_code"), decimal(rs, "mitragynine_percent"),
                decimal(rs, "seven_oh_percent"), decimal(rs, "total_alkaloids_percent"), decimal(rs, "lead_ug_per_g"),
                decimal(rs, "arsenic_ug_per_g"), decimal(rs, "cadmium_ug_per_g"), decimal(rs, "mercury_ug_per_g"),
                detection(rs.getString("salmonella")), detection(rs.getString("e_coli")),
                decimal(rs, "total_aerobic_cfu_per_g"), decimal(rs, "yeast_mold_cfu_per_g"));
        return new Batch(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("product_id")),
                rs.getString("batch_code"), date(rs.getString("purchased_on")), coa, null,
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    private static Double decimal(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static Detection detection(String text) {
        return text == null ? null : Detection.valueOf(text);
    }

    /** Removes rows an import added before it was stopped part-way. */
    public void deleteImported(UUID userId, List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from products_batch where user_id = :user and id in (:ids)").param("user", userId.toString())
                    .param("ids", ids.stream().map(UUID::toString).toList()).update();
        }
    }
}
