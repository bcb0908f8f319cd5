package app.mitra.products.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.mitra.products.Recall;

/** SQL of the products_recall table: the recall lists a person imported. Every statement filters by user_id. */
@Repository
public class RecallRepository {

    private final JdbcClient jdbc;

    RecallRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(UUID userId, Recall recall, long now) {
        jdbc.sql("""
                insert into products_recall (user_id, id, vendor, product, batch_code, reason, source, recalled_on,
                    created_at)
                values (:user, :id, :vendor, :product, :batch, :reason, :source, :date, :now)""")
                .param("user", userId.toString()).param("id", recall.id().toString()).param("vendor", recall.vendor())
                .param("product", recall.product()).param("batch", recall.batchCode()).param("reason", recall.reason())
                .param("source", recall.source()).param("date", recall.recalledOn().toString()).param("now", now)
                .update();
    }

    public boolean exists(UUID userId, UUID id) {
        return jdbc.sql("select count(*) from products_recall where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).query(Long.class).single() > 0;
    }

    public List<Recall> list(UUID userId) {
        return jdbc.sql("""
                select id, vendor, product, batch_code, reason, source, recalled_on from products_recall
                where user_id = :user order by recalled_on desc, id""")
                .param("user", userId.toString())
                .query((rs, row) -> new Recall(UUID.fromString(rs.getString("id")), rs.getString("vendor"),
                        rs.getString("product"), rs.getString("batch_code"), rs.getString("reason"),
                        rs.getString("source"), LocalDate.parse(rs.getString("recalled_on"))))
                .list();
    }

    public boolean delete(UUID userId, UUID id) {
        return jdbc.sql("delete from products_recall where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).update() == 1;
    }

    /** Removes rows an import added before it was stopped part-way. */
    public void deleteImported(UUID userId, List<UUID> ids) {
        if (!ids.isEmpty()) {
            jdbc.sql("delete from products_recall where user_id = :user and id in (:ids)").param("user", userId.toString())
                    .param("ids", ids.stream().map(UUID::toString).toList()).update();
        }
    }
}
