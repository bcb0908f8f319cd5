package app.mitra.products.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.mitra.products.Form;
import app.mitra.products.Product;
import app.mitra.products.ProductInput;
import app.mitra.products.Vein;

/** SQL of the products_product table. Every statement filters by user_id. */
@Repository
public class ProductRepository {

    private static final String COLUMNS = """
            id, name, vendor, strain, vein, form, capsule_mg, extract_ratio, alkaloid_mg_per_unit, archived,
            created_at, updated_at""";

    private final JdbcClient jdbc;

    ProductRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID userId, UUID id, ProductInput input, String fingerprint, long now) {
        insert(userId, id, input, false, fingerprint, now, now);
    }

    /** An insert keeping the times and the archived flag a product had where it came from (an import). */
    public void insert(UUID userId, UUID id, ProductInput input, boolean archived, String fingerprint, long created,
            long updated) {
        jdbc.sql("""
                insert into products_product (user_id, id, name, vendor, strain, vein, form, capsule_mg, extract_ratio,
                    alkaloid_mg_per_unit, archived, request_hash, created_at, updated_at)
                values (:user, :id, :name, :vendor, :strain, :vein, :form, :capsuleMg, :extractRatio,
                    :alkaloid, :archived, :hash, :created, :updated)""")
                .param("user", userId.toString()).param("id", id.toString())
                .params(values(input))
                .param("archived", archived).param("hash", fingerprint).param("created", created)
                .param("updated", updated)
                .update();
    }

    public boolean update(UUID userId, UUID id, ProductInput input, long now) {
        return jdbc.sql("""
                update products_product set name = :name, vendor = :vendor, strain = :strain, vein = :vein,
                    form = :form, capsule_mg = :capsuleMg, extract_ratio = :extractRatio,
                    alkaloid_mg_per_unit = :alkaloid, updated_at = :now
                where user_id = :user and id = :id""")
                .params(values(input))
                .param("now", now).param("user", userId.toString()).param("id", id.toString())
                .update() == 1;
    }

    public boolean setArchived(UUID userId, UUID id, boolean archived, long now) {
        return jdbc.sql("update products_product set archived = :archived, updated_at = :now where user_id = :user and id = :id")
                .param("archived", archived).param("now", now).param("user", userId.toString())
                .param("id", id.toString()).update() == 1;
    }

    public Optional<String> fingerprint(UUID userId, UUID id) {
        return jdbc.sql("select request_hash from products_product where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).query(String.class).optional();
    }

    public Optional<Product> find(UUID userId, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from products_product where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString())
                .query(ProductRepository::product).optional();
    }

    public List<Product> list(UUID userId, boolean includeArchived) {
        return jdbc.sql("select " + COLUMNS + " from products_product where user_id = :user"
                        + (includeArchived ? "" : " and archived = false") + " order by lower(name), id")
                .param("user", userId.toString())
                .query(ProductRepository::product).list();
    }

    private static java.util.Map<String, Object> values(ProductInput input) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("name", input.name());
        values.put("vendor", input.vendor());
        values.put("strain", input.strain());
        values.put("vein", input.vein() == null ? null : input.vein().name());
        values.put("form", input.form().name());
        values.put("capsuleMg", input.capsuleMg());
        values.put("extractRatio", input.extractRatio());
        values.put("alkaloid", input.alkaloidMgPerUnit());
        return values;
    }

    private static Product product(ResultSet rs, int row) throws SQLException {
        String vein = rs.getString("vein");
        int capsuleMg = rs.getInt("capsule_mg");
        Integer capsule = rs.wasNull() ? null : capsuleMg;
        double ratio = rs.getDouble("extract_ratio");
        Double extractRatio = rs.wasNull() ? null : ratio;
        double alkaloid = rs.getDouble("alkaloid_mg_per_unit");
        Double alkaloidMg = rs.wasNull() ? null : alkaloid;
        return new Product(UUID.fromString(rs.getString("id")), rs.getString("name"), rs.getString("vendor"),
                rs.getString("strain"), vein == null ? null : Vein.valueOf(vein), Form.valueOf(rs.getString("form")),
                capsule, extractRatio, alkaloidMg, rs.getBoolean("archived"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
    }

    /** Removes rows an import added before it was stopped part-way. */
    public void deleteImported(UUID userId, List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from products_product where user_id = :user and id in (:ids)").param("user", userId.toString())
                    .param("ids", ids.stream().map(UUID::toString).toList()).update();
        }
    }
}
