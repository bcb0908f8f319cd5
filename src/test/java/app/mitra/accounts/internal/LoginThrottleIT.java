package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.Parameter;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import app.mitra.accounts.Account;
import app.mitra.accounts.Client;
import app.mitra.accounts.SecurityEvent;
import app.mitra.accounts.SecurityEventType;
import app.mitra.accounts.SecurityEvents;
import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.ListQuery;
import app.mitra.common.web.TooManyAttemptsException;
import app.mitra.testing.OnBothDatabases;
import app.mitra.testing.TestClock;
import app.mitra.testing.TestDatabase;
import app.mitra.testing.TransactionWrites;

/** The sign-in throttle's counting and blocks, with a clock the test moves, on both databases. */
@OnBothDatabases
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleIT {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Parameter
    TestDatabase database;

    private final TestClock clock = new TestClock(Instant.parse("2026-12-01T10:00:00Z"));
    private UserRepository users;
    private SecurityEvents events;
    private LoginThrottle throttle;
    private String username;
    private UUID userId;
    /** Addresses of this test alone: the database, and so the count per address, is shared by the class. */
    private Client home;
    private Client attacker;

    @BeforeEach
    void throttleWithSmallLimits() {
        users = new UserRepository(database.jdbc());
        Writes writes = new TransactionWrites(database.dataSource());
        SecurityProperties settings = new SecurityProperties(null, 10, 20, 30, Duration.ofMinutes(15),
                Duration.ofMinutes(1), Duration.ofMinutes(10), null, 0, 0, 0);
        events = new SecurityEvents(new SecurityEventRepository(database.jdbc()), writes, clock, settings);
        throttle = new LoginThrottle(new ThrottleRepository(database.jdbc()), users, events, writes, clock, settings);
        userId = Ids.newId();
        username = "user-" + userId;
        users.insert(userId, username, "hash", List.of(Account.PERSON), "UTC", 0);
        home = new Client("198.51.100." + ADDRESSES.incrementAndGet(), "Firefox on Android");
        attacker = new Client("203.0.113." + ADDRESSES.incrementAndGet(), "curl/8.5.0");
    }

    private void fail(int times, Client client) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username, client);
        }
    }

    private Duration wait(String name, Client client) {
        try {
            throttle.check(name, client);
            return Duration.ZERO;
        } catch (TooManyAttemptsException blocked) {
            return blocked.retryAfter();
        }
    }

    @Test
    void tenWrongPasswordsFromOneAddressMakeThatAddressWaitForThatUsernameOnly() {
        fail(9, attacker);
        assertThat(wait(username, attacker)).isZero();

        fail(1, attacker);

        assertThat(wait(username, attacker)).isEqualTo(Duration.ofMinutes(1));
        assertThat(wait(username, home)).as("the person at home signs in as usual").isZero();
        assertThat(wait("someone-else", attacker)).as("the address may still try another name").isZero();
        assertThatThrownBy(() -> throttle.check(username, attacker)).isInstanceOf(TooManyAttemptsException.class)
                .satisfies(e -> assertThat(((TooManyAttemptsException) e).retryAfterSeconds()).isEqualTo(60));
    }

    @Test
    void eachFailureRightAfterAWaitDoublesTheNextWaitUpToTheLongest() {
        fail(10, attacker);
        List<Duration> waits = new ArrayList<>();
        for (int round = 0; round < 6; round++) {
            Duration wait = wait(username, attacker);
            waits.add(wait);
            clock.advance(wait.plusSeconds(1));
            assertThat(wait(username, attacker)).isZero();
            fail(1, attacker);
        }

        assertThat(waits).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(10), Duration.ofMinutes(10));
    }

    @Test
    void aQuietWindowAfterAWaitStartsTheCountAfresh() {
        fail(10, attacker);
        clock.advance(Duration.ofMinutes(1).plus(Duration.ofMinutes(16)));

        fail(1, attacker);

        assertThat(wait(username, attacker)).isZero();
    }

    @Test
    void failuresSpreadOverMoreThanTheWindowNeverAddUp() {
        for (int i = 0; i < 30; i++) {
            fail(1, attacker);
            clock.advance(Duration.ofMinutes(2));
        }

        assertThat(wait(username, attacker)).isZero();
    }

    @Test
    void aSuccessClearsTheCountOfThatAddress() {
        fail(9, home);
        throttle.succeeded(username, home);
        fail(9, home);

        assertThat(wait(username, home)).isZero();
    }

    @Test
    void manyAddressesFailingOneUsernameBlockItEverywhereButWhereThePersonSignedInLately() {
        events.record(userId, SecurityEventType.SIGN_IN, home);
        for (int i = 0; i < 20; i++) {
            throttle.failed(username, new Client("10." + ADDRESSES.get() + ".0." + i, "bot"));
        }

        assertThat(wait(username, new Client("10." + ADDRESSES.get() + ".1.1", "bot"))).isEqualTo(Duration.ofMinutes(1));
        assertThat(wait(username, home)).as("a device the person used lately").isZero();
    }

    @Test
    void oneAddressTryingManyUsernamesIsSlowedForEveryName() {
        for (int i = 0; i < 30; i++) {
            throttle.failed("guess-" + i + "-" + userId, attacker);
        }

        assertThat(wait("guess-99-" + userId, attacker)).isEqualTo(Duration.ofMinutes(1));
        assertThat(wait("guess-99-" + userId, home)).isZero();
    }

    @Test
    void theAccountsLogRecordsEveryFailureAndTheLockoutButNothingForAnUnknownName() {
        fail(10, attacker);
        throttle.failed("nobody-" + userId, attacker);

        List<SecurityEvent> log = events.list(userId, ListQuery.parse(null, null, 50, null, ZoneOffset.UTC))
                .items();
        assertThat(log).filteredOn(event -> event.type() == SecurityEventType.SIGN_IN_FAILED).hasSize(10)
                .allSatisfy(event -> {
                    assertThat(event.address()).isEqualTo(attacker.address());
                    assertThat(event.device()).isEqualTo(attacker.device());
                });
        assertThat(log).filteredOn(event -> event.type() == SecurityEventType.LOCKED_OUT).hasSize(1);
    }

    @Test
    void aUsernameWithoutAnAccountIsCountedAndBlockedExactlyLikeOneWithAnAccount() {
        String nobody = "nobody-" + userId;
        for (int i = 0; i < 10; i++) {
            throttle.failed(nobody, attacker);
        }

        assertThat(wait(nobody, attacker)).as("a block does not tell whether the account exists")
                .isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void everyFailureIsOneServerLogLineWithTheAddressButNoUsername(CapturedOutput output) {
        // The tests' logging shows warnings only; the server logs these at INFO.
        Logger security = (Logger) LoggerFactory.getLogger("mitra.security");
        Level quiet = security.getLevel();
        security.setLevel(Level.INFO);
        try {
            throttle.failed(username, attacker);
            throttle.failed("nobody-" + userId, attacker);
        } finally {
            security.setLevel(quiet);
        }

        List<String> lines = output.getAll().lines().filter(line -> line.contains("security event=SIGN_IN_FAILED")
                && line.contains(attacker.address())).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("user=" + userId).contains("device=\"curl/8.5.0\"");
        assertThat(lines.get(1)).contains("user=-");
        assertThat(String.join("\n", lines)).doesNotContain(username).doesNotContain("nobody-");
    }

    @Test
    void clearingAUsernameLiftsItsBlocks() {
        fail(10, attacker);

        throttle.clear(username);

        assertThatCode(() -> throttle.check(username, attacker)).doesNotThrowAnyException();
    }
}
