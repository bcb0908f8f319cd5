package app.mitra.accounts.internal;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.stereotype.Repository;

import app.mitra.common.storage.Writes;

/**
 * SQL of the accounts_passkey_user table, and Spring Security's store of WebAuthn user entities: an
 * account's user handle (random, so an authenticator never learns the account id). The name shown on
 * the authenticator is the username, read from accounts_user, so it is never stored twice.
 */
@Repository
public class PasskeyUserRepository implements PublicKeyCredentialUserEntityRepository {

    private final JdbcClient jdbc;
    private final Writes writes;

    PasskeyUserRepository(JdbcClient jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    @Override
    public PublicKeyCredentialUserEntity findById(Bytes handle) {
        return jdbc.sql("""
                select p.handle, u.username from accounts_passkey_user p join accounts_user u on u.id = p.user_id
                where p.handle = :handle""")
                .param("handle", handle.toBase64UrlString()).query(PasskeyUserRepository::entity).optional().orElse(null);
    }

    @Override
    public PublicKeyCredentialUserEntity findByUsername(String username) {
        return jdbc.sql("""
                select p.handle, u.username from accounts_passkey_user p join accounts_user u on u.id = p.user_id
                where u.username = :username""")
                .param("username", username).query(PasskeyUserRepository::entity).optional().orElse(null);
    }

    /** Keeps the handle Spring Security made for an account the first time it asks to register a passkey. */
    @Override
    public void save(PublicKeyCredentialUserEntity entity) {
        writes.run(() -> {
            if (findById(entity.getId()) == null) {
                jdbc.sql("""
                        insert into accounts_passkey_user (user_id, handle, created_at)
                        select id, :handle, :now from accounts_user where username = :username
                        and not exists (select 1 from accounts_passkey_user p where p.user_id = accounts_user.id)""")
                        .param("handle", entity.getId().toBase64UrlString()).param("now", System.currentTimeMillis())
                        .param("username", entity.getName()).update();
            }
        });
    }

    @Override
    public void delete(Bytes handle) {
        writes.run(() -> jdbc.sql("delete from accounts_passkey_user where handle = :handle")
                .param("handle", handle.toBase64UrlString()).update());
    }

    public void deleteFor(UUID userId) {
        jdbc.sql("delete from accounts_passkey_user where user_id = :user").param("user", userId.toString()).update();
    }

    private static PublicKeyCredentialUserEntity entity(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        String username = rs.getString("username");
        return ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.fromBase64(rs.getString("handle")))
                .name(username).displayName(username).build();
    }
}
