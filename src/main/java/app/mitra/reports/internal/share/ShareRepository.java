package app.mitra.reports.internal.share;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import app.mitra.reports.internal.Section;

/** SQL of reports_share and reports_share_view. */
@Repository
class ShareRepository {

    private final JdbcClient jdbc;

    ShareRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID userId, UUID id, String tokenHash, String sections, int rangeDays, long now, long expiresAt) {
        jdbc.sql("""
                insert into reports_share (user_id, id, token_hash, sections, range_days, created_at, expires_at)
                values (:user, :id, :hash, :sections, :days, :now, :expires)""")
                .param("user", userId.toString()).param("id", id.toString()).param("hash", tokenHash)
                .param("sections", sections).param("days", rangeDays).param("now", now).param("expires", expiresAt)
                .update();
    }

    List<Share> list(UUID userId) {
        return jdbc.sql("select * from reports_share where user_id = :user order by created_at desc, id desc")
                .param("user", userId.toString()).query(ShareRepository::share).list();
    }

    Optional<Share> find(UUID userId, UUID id) {
        return jdbc.sql("select * from reports_share where user_id = :user and id = :id")
                .param("user", userId.toString()).param("id", id.toString()).query(ShareRepository::share).optional();
    }

    Optional<Share> byToken(String tokenHash) {
        return jdbc.sql("select * from reports_share where token_hash = :hash").param("hash", tokenHash)
                .query(ShareRepository::share).optional();
    }

    /** Marks the share revoked; false when the person has no such share. A second revoke keeps the first time. */
    boolean revoke(UUID userId, UUID id, long now) {
        jdbc.sql("update reports_share set revoked_at = :now where user_id = :user and id = :id and revoked_at is null")
                .param("now", now).param("user", userId.toString()).param("id", id.toString()).update();
        return find(userId, id).isPresent();
    }

    void logView(UUID userId, UUID shareId, UUID id, long at, String kind) {
        jdbc.sql("""
                insert into reports_share_view (user_id, share_id, id, viewed_at, kind)
                values (:user, :share, :id, :at, :kind)""")
                .param("user", userId.toString()).param("share", shareId.toString()).param("id", id.toString())
                .param("at", at).param("kind", kind).update();
    }

    List<ShareView> views(UUID userId) {
        return jdbc.sql("""
                select share_id, viewed_at, kind from reports_share_view where user_id = :user
                order by viewed_at desc, id desc""")
                .param("user", userId.toString())
                .query((rs, row) -> new ShareView(UUID.fromString(rs.getString("share_id")),
                        Instant.ofEpochMilli(rs.getLong("viewed_at")), rs.getString("kind")))
                .list();
    }

    private static Share share(ResultSet rs, int row) throws SQLException {
        long revoked = rs.getLong("revoked_at");
        return new Share(UUID.fromString(rs.getString("id")), UUID.fromString(rs.getString("user_id")),
                Section.parse(rs.getString("sections"), "sections"), rs.getInt("range_days"),
                Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("expires_at")),
                rs.wasNull() || revoked == 0 ? null : Instant.ofEpochMilli(revoked), List.of());
    }
}
