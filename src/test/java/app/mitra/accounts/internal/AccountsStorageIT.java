package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;

import app.mitra.accounts.Account;
import app.mitra.accounts.TokenSummary;
import app.mitra.common.Ids;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.TestDatabase;

@OnBothDatabases
class AccountsStorageIT {

    @Parameter
    TestDatabase database;

    private UserRepository users;
    private TokenRepository tokens;
    private InviteRepository invites;

    @BeforeEach
    void repositories() {
        users = new UserRepository(database.jdbc());
        tokens = new TokenRepository(database.jdbc());
        invites = new InviteRepository(database.jdbc());
    }

    private UUID user(List<String> roles) {
        UUID id = Ids.newId();
        users.insert(id, "user-" + id, "hash-" + id, roles, "Europe/Lisbon", 1_000);
        return id;
    }

    @Test
    void aUserIsFoundByIdAndByUsername() {
        UUID id = user(List.of(Account.PERSON, Account.ADMIN));
        assertThat(users.find(id)).contains(new Account(id, "user-" + id, List.of("person", "admin"), "Europe/Lisbon"));
        assertThat(users.findLogin("user-" + id).orElseThrow().getPassword()).isEqualTo("hash-" + id);
        assertThat(users.usernameTaken("user-" + id)).isTrue();
        assertThat(users.usernameTaken("nobody-" + id)).isFalse();
    }

    @Test
    void timeZoneAndPasswordChangeOnlyForTheirUser() {
        UUID changed = user(List.of(Account.PERSON));
        UUID other = user(List.of(Account.PERSON));
        users.updateTimeZone(changed, "Asia/Tokyo");
        users.updatePasswordHash(changed, "new-hash");
        assertThat(users.find(changed).orElseThrow().timeZone()).isEqualTo("Asia/Tokyo");
        assertThat(users.passwordHash(changed)).contains("new-hash");
        assertThat(users.find(other).orElseThrow().timeZone()).isEqualTo("Europe/Lisbon");
    }

    @Test
    void aTokenIsValidUntilItExpiresAndOnlyItsOwnerCanDeleteIt() {
        UUID owner = user(List.of(Account.PERSON));
        UUID stranger = user(List.of(Account.PERSON));
        UUID id = Ids.newId();
        String hash = "token-hash-" + id;
        tokens.insert(owner, id, "phone", hash, 1_000, 5_000L);
        assertThat(tokens.findValid(hash, 4_999).orElseThrow().user().id()).isEqualTo(owner);
        assertThat(tokens.findValid(hash, 5_000)).isEmpty();
        assertThat(tokens.list(stranger)).isEmpty();
        assertThat(tokens.delete(stranger, id)).isFalse();
        assertThat(tokens.list(owner)).extracting(TokenSummary::name).containsExactly("phone");
        assertThat(tokens.delete(owner, id)).isTrue();
        assertThat(tokens.findValid(hash, 2_000)).isEmpty();
    }

    @Test
    void aTokenRemembersWhenAndFromWhereItWasLastUsed() {
        UUID owner = user(List.of(Account.PERSON));
        UUID id = Ids.newId();
        tokens.insert(owner, id, "laptop", "hash-" + id, 1_000, null);
        assertThat(tokens.findValid("hash-" + id, 2_000).orElseThrow().lastUsedAt()).isNull();
        tokens.touch(id, 3_000, "203.0.113.7");
        assertThat(tokens.findValid("hash-" + id, 4_000).orElseThrow().lastUsedAt()).isEqualTo(3_000L);
        assertThat(tokens.list(owner)).singleElement().satisfies(token -> assertThat(token.lastUsedAddress())
                .isEqualTo("203.0.113.7"));
    }

    @Test
    void anInviteIsUsableOnceAndNotAfterItExpires() {
        UUID admin = user(List.of(Account.PERSON, Account.ADMIN));
        UUID id = Ids.newId();
        invites.insert(admin, id, "code-" + id, 1_000, 10_000);
        assertThat(invites.findUsable("code-" + id, 10_000)).isEmpty();
        assertThat(invites.findUsable("code-" + id, 2_000)).contains(id);
        assertThat(invites.markUsed(id, "newcomer", 3_000)).isTrue();
        assertThat(invites.markUsed(id, "second", 3_001)).isFalse();
        assertThat(invites.findUsable("code-" + id, 4_000)).isEmpty();
        assertThat(invites.list(admin)).singleElement().satisfies(invite -> {
            assertThat(invite.used()).isTrue();
            assertThat(invite.usedBy()).isEqualTo("newcomer");
        });
    }
}
