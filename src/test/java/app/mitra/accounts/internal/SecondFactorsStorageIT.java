package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.springframework.security.web.webauthn.api.AuthenticatorTransport;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutableCredentialRecord;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCose;
import org.springframework.security.web.webauthn.api.ImmutablePublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialType;

import app.mitra.accounts.Account;
import app.mitra.accounts.Passkey;
import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.TestDatabase;

@OnBothDatabases
class SecondFactorsStorageIT {

    /** Each write straight on the test database, as DirectWrites does. */
    private static final Writes DIRECT = new Writes() {
        @Override
        public <T> T write(Supplier<T> work) {
            return work.get();
        }
    };

    @Parameter
    TestDatabase database;

    private UserRepository users;
    private TotpRepository totp;
    private RecoveryCodeRepository recoveryCodes;
    private PasskeyUserRepository passkeyUsers;
    private PasskeyRepository passkeys;

    @BeforeEach
    void repositories() {
        users = new UserRepository(database.jdbc());
        totp = new TotpRepository(database.jdbc());
        recoveryCodes = new RecoveryCodeRepository(database.jdbc());
        passkeyUsers = new PasskeyUserRepository(database.jdbc(), DIRECT);
        passkeys = new PasskeyRepository(database.jdbc(), DIRECT);
    }

    private UUID user() {
        UUID id = Ids.newId();
        users.insert(id, "user-" + id, "hash", List.of(Account.PERSON), "UTC", 1_000);
        return id;
    }

    @Test
    void aTotpSecretIsPendingUntilConfirmedAndThenCannotBeReplaced() {
        UUID owner = user();
        UUID other = user();
        assertThat(totp.begin(owner, "FIRST", 1_000)).isTrue();
        assertThat(totp.begin(owner, "SECOND", 2_000)).as("a pending set-up is replaced").isTrue();
        assertThat(totp.find(owner)).contains(new TotpRepository.TotpSecret("SECOND", false, null));
        assertThat(totp.claimStep(owner, 10)).as("nothing to claim before it is on").isFalse();

        assertThat(totp.confirm(owner, 7, 3_000)).isTrue();
        assertThat(totp.confirm(owner, 8, 3_000)).as("confirmed once").isFalse();
        assertThat(totp.find(owner)).contains(new TotpRepository.TotpSecret("SECOND", true, 7L));
        assertThat(totp.begin(owner, "THIRD", 4_000)).as("on: not replaced").isFalse();
        assertThat(totp.find(owner).orElseThrow().secret()).isEqualTo("SECOND");
        assertThat(totp.find(other)).isEmpty();
    }

    @Test
    void eachTimeStepSignsInOnceAndNeverAfterALaterOne() {
        UUID owner = user();
        totp.begin(owner, "SECRET", 1_000);
        totp.confirm(owner, 100, 1_000);
        assertThat(totp.claimStep(owner, 100)).as("the confirming code again").isFalse();
        assertThat(totp.claimStep(owner, 101)).isTrue();
        assertThat(totp.claimStep(owner, 101)).as("the same code twice").isFalse();
        assertThat(totp.claimStep(owner, 102)).isTrue();
        assertThat(totp.claimStep(owner, 101)).as("an older code after a newer one").isFalse();
        assertThat(totp.delete(owner)).isTrue();
        assertThat(totp.find(owner)).isEmpty();
    }

    @Test
    void aRecoveryCodeWorksOnceAndNewCodesReplaceTheOldOnes() {
        UUID owner = user();
        UUID other = user();
        recoveryCodes.replace(owner, List.of("a", "b", "c"), 1_000);
        recoveryCodes.replace(other, List.of("z"), 1_000);
        assertThat(recoveryCodes.use(other, "a")).as("another person's code").isFalse();
        assertThat(recoveryCodes.use(owner, "a")).isTrue();
        assertThat(recoveryCodes.use(owner, "a")).isFalse();
        assertThat(recoveryCodes.count(owner)).isEqualTo(2);
        recoveryCodes.replace(owner, List.of("d"), 2_000);
        assertThat(recoveryCodes.use(owner, "b")).isFalse();
        assertThat(recoveryCodes.count(owner)).isOne();
        assertThat(recoveryCodes.count(other)).isOne();
    }

    private Bytes handleFor(UUID userId) {
        Bytes handle = Bytes.random();
        passkeyUsers.save(ImmutablePublicKeyCredentialUserEntity.builder().id(handle).name("user-" + userId)
                .displayName("user-" + userId).build());
        return handle;
    }

    private static CredentialRecord credential(Bytes handle, Bytes id, String label, Instant created) {
        return ImmutableCredentialRecord.builder().credentialId(id).userEntityUserId(handle).label(label)
                .credentialType(PublicKeyCredentialType.PUBLIC_KEY)
                .publicKey(new ImmutablePublicKeyCose(new byte[] { 1, 2, 3 })).signatureCount(0).uvInitialized(true)
                .backupEligible(true).backupState(false)
                .transports(Set.of(AuthenticatorTransport.INTERNAL, AuthenticatorTransport.HYBRID))
                .attestationObject(new Bytes(new byte[] { 4, 5 })).attestationClientDataJSON(new Bytes(new byte[] { 6 }))
                .created(created).lastUsed(created).build();
    }

    @Test
    void anAccountKeepsOneUserHandleFoundByItAndByUsername() {
        UUID owner = user();
        Bytes handle = handleFor(owner);
        passkeyUsers.save(ImmutablePublicKeyCredentialUserEntity.builder().id(Bytes.random()).name("user-" + owner)
                .displayName("user-" + owner).build());
        assertThat(passkeyUsers.findByUsername("user-" + owner).getId()).as("the first handle stays").isEqualTo(handle);
        assertThat(passkeyUsers.findById(handle).getName()).isEqualTo("user-" + owner);
        assertThat(passkeyUsers.findByUsername("user-" + user())).isNull();
        passkeyUsers.deleteFor(owner);
        assertThat(passkeyUsers.findById(handle)).isNull();
    }

    @Test
    void aPasskeyIsStoredWholeAndASignInRecordsItsUse() {
        UUID owner = user();
        Bytes handle = handleFor(owner);
        Bytes id = Bytes.random();
        Instant created = Instant.ofEpochMilli(5_000);
        passkeys.save(credential(handle, id, "Phone", created));

        CredentialRecord stored = passkeys.findByCredentialId(id);
        assertThat(stored).usingRecursiveComparison().ignoringFields("lastUsed")
                .isEqualTo(credential(handle, id, "Phone", created));
        assertThat(passkeys.list(owner)).containsExactly(new Passkey(id.toBase64UrlString(), "Phone", created, null));

        Instant used = Instant.ofEpochMilli(9_000);
        passkeys.save(ImmutableCredentialRecord.fromCredentialRecord(stored).signatureCount(3).lastUsed(used).build());
        assertThat(passkeys.findByCredentialId(id).getSignatureCount()).isEqualTo(3);
        assertThat(passkeys.list(owner)).containsExactly(new Passkey(id.toBase64UrlString(), "Phone", created, used));
        assertThat(passkeys.findByUserId(handle)).hasSize(1);
    }

    @Test
    void onlyTheOwnerRenamesOrRemovesAPasskey() {
        UUID owner = user();
        UUID stranger = user();
        Bytes handle = handleFor(owner);
        Bytes id = Bytes.random();
        passkeys.save(credential(handle, id, "Phone", Instant.ofEpochMilli(1_000)));
        String key = id.toBase64UrlString();

        assertThat(passkeys.rename(stranger, key, "Mine now")).isFalse();
        assertThat(passkeys.remove(stranger, key)).isFalse();
        assertThat(passkeys.rename(owner, key, "Laptop")).isTrue();
        assertThat(passkeys.list(owner)).extracting(Passkey::name).containsExactly("Laptop");
        assertThat(passkeys.count(owner)).isOne();
        assertThat(passkeys.remove(owner, key)).isTrue();
        assertThat(passkeys.count(owner)).isZero();
        assertThat(passkeys.findByCredentialId(id)).isNull();
    }

    @Test
    void aPasskeyForAHandleNoAccountHoldsIsRefused() {
        assertThatThrownBy(() -> passkeys.save(credential(Bytes.random(), Bytes.random(), "Stray", Instant.now())))
                .isInstanceOf(IllegalStateException.class);
    }
}
