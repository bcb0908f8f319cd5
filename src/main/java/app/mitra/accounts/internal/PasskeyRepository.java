package app.mitra.accounts.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;
import org.springframework.security.web.webauthn.management.UserCredentialRepository;
import org.springframework.stereotype.Repository;

import app.mitra.accounts.Passkey;
import app.mitra.common.storage.Writes;

/**
 * SQL of the accounts_passkey table, and Spring Security's store of WebAuthn credentials: its ceremonies
 * save a credential when it is registered and again after each sign-in (the new signature count). Binary
 * values are kept as base64url text, the same on both databases. Spring Security calls {@code save} and
 * {@code delete} outside any write of ours, so they go through {@link Writes} themselves.
 */
@Repository
public class PasskeyRepository implements UserCredentialRepository {

    private static final String COLUMNS = """
            credential_id, user_handle, label, credential_type, public_key, signature_count, uv_initialized,
            backup_eligible, backup_state, transports, attestation_object, attestation_client_data_json,
            created_at, last_used_at""";

    private final JdbcClient jdbc;
    private final Writes writes;

    PasskeyRepository(JdbcClient jdbc, Writes writes) {
        this.jdbc = jdbc;
        this.writes = writes;
    }

    /** A new credential is stored for the account its user handle belongs to; a known one records its use. */
    @Override
    public void save(CredentialRecord record) {
        String id = record.getCredentialId().toBase64UrlString();
        writes.run(() -> {
            int updated = jdbc.sql("""
                    update accounts_passkey set signature_count = :count, uv_initialized = :uv,
                    backup_state = :backupState, last_used_at = :lastUsed where credential_id = :id""")
                    .param("count", record.getSignatureCount()).param("uv", record.isUvInitialized())
                    .param("backupState", record.isBackupState()).param("lastUsed", record.getLastUsed().toEpochMilli())
                    .param("id", id).update();
            if (updated == 0) {
                insert(record);
            }
        });
    }

    private void insert(CredentialRecord record) {
        int inserted = jdbc.sql("""
                insert into accounts_passkey (user_id, %s)
                select user_id, :id, :handle, :label, :type, :publicKey, :count, :uv, :backupEligible, :backupState,
                       :transports, :attestation, :clientData, :created, null
                from accounts_passkey_user where handle = :handle""".formatted(COLUMNS))
                .param("id", record.getCredentialId().toBase64UrlString())
                .param("handle", record.getUserEntityUserId().toBase64UrlString())
                .param("label", record.getLabel())
                .param("type", record.getCredentialType() == null ? null : record.getCredentialType().getValue())
                .param("publicKey", new Bytes(record.getPublicKey().getBytes()).toBase64UrlString())
                .param("count", record.getSignatureCount()).param("uv", record.isUvInitialized())
                .param("backupEligible", record.isBackupEligible()).param("backupState", record.isBackupState())
                .param("transports", record.getTransports().stream().map(AuthenticatorTransport::getValue)
                        .sorted().collect(Collectors.joining(",")))
                .param("attestation", base64(record.getAttestationObject()))
                .param("clientData", base64(record.getAttestationClientDataJSON()))
                .param("created", record.getCreated().toEpochMilli())
                .update();
        if (inserted != 1) {
            throw new IllegalStateException("A passkey was registered for a user handle no account holds");
        }
    }

    @Override
    public CredentialRecord findByCredentialId(Bytes credentialId) {
        return jdbc.sql("select " + COLUMNS + " from accounts_passkey where credential_id = :id")
                .param("id", credentialId.toBase64UrlString()).query(PasskeyRepository::record).optional().orElse(null);
    }

    @Override
    public List<CredentialRecord> findByUserId(Bytes userHandle) {
        return jdbc.sql("select " + COLUMNS + " from accounts_passkey where user_handle = :handle order by created_at")
                .param("handle", userHandle.toBase64UrlString()).query(PasskeyRepository::record).list();
    }

    @Override
    public void delete(Bytes credentialId) {
        writes.run(() -> jdbc.sql("delete from accounts_passkey where credential_id = :id")
                .param("id", credentialId.toBase64UrlString()).update());
    }

    /** The account's passkeys, oldest first, as Settings lists them. */
    public List<Passkey> list(UUID userId) {
        return jdbc.sql("""
                select credential_id, label, created_at, last_used_at from accounts_passkey
                where user_id = :user order by created_at, credential_id""")
                .param("user", userId.toString())
                .query((rs, row) -> new Passkey(rs.getString("credential_id"), rs.getString("label"),
                        Instant.ofEpochMilli(rs.getLong("created_at")), instant(rs, "last_used_at")))
                .list();
    }

    public int count(UUID userId) {
        return jdbc.sql("select count(*) from accounts_passkey where user_id = :user").param("user", userId.toString())
                .query(Integer.class).single();
    }

    public boolean rename(UUID userId, String credentialId, String label) {
        return jdbc.sql("update accounts_passkey set label = :label where user_id = :user and credential_id = :id")
                .param("label", label).param("user", userId.toString()).param("id", credentialId).update() == 1;
    }

    public boolean remove(UUID userId, String credentialId) {
        return jdbc.sql("delete from accounts_passkey where user_id = :user and credential_id = :id")
                .param("user", userId.toString()).param("id", credentialId).update() == 1;
    }

    public void removeAll(UUID userId) {
        jdbc.sql("delete from accounts_passkey where user_id = :user").param("user", userId.toString()).update();
    }

    private static CredentialRecord record(ResultSet rs, int row) throws SQLException {
        Instant created = Instant.ofEpochMilli(rs.getLong("created_at"));
        Instant lastUsed = instant(rs, "last_used_at");
        String type = rs.getString("credential_type");
        String transports = rs.getString("transports");
        Set<AuthenticatorTransport> parsed = transports.isEmpty() ? Set.of()
                : Arrays.stream(transports.split(",")).map(AuthenticatorTransport::valueOf).collect(Collectors.toSet());
        return ImmutableCredentialRecord.builder()
                .credentialId(Bytes.fromBase64(rs.getString("credential_id")))
                .userEntityUserId(Bytes.fromBase64(rs.getString("user_handle")))
                .label(rs.getString("label"))
                .credentialType(type == null ? null : PublicKeyCredentialType.valueOf(type))
                .publicKey(new ImmutablePublicKeyCose(Bytes.fromBase64(rs.getString("public_key")).getBytes()))
                .signatureCount(rs.getLong("signature_count"))
                .uvInitialized(rs.getBoolean("uv_initialized"))
                .backupEligible(rs.getBoolean("backup_eligible"))
                .backupState(rs.getBoolean("backup_state"))
                .transports(parsed)
                .attestationObject(bytes(rs.getString("attestation_object")))
                .attestationClientDataJSON(bytes(rs.getString("attestation_client_data_json")))
                .created(created)
                .lastUsed(lastUsed == null ? created : lastUsed)
                .build();
    }

    private static String base64(Bytes bytes) {
        return bytes == null ? null : bytes.toBase64UrlString();
    }

    private static Bytes bytes(String base64) {
        return base64 == null ? null : Bytes.fromBase64(base64);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }
}
