package app.mitra.accounts;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import org.springframework.stereotype.Service;

import app.mitra.accounts.internal.AccountsProperties;
import app.mitra.accounts.internal.Base32;
import app.mitra.accounts.internal.LoginThrottle;
import app.mitra.accounts.internal.PasskeyRepository;
import app.mitra.accounts.internal.PasskeyUserRepository;
import app.mitra.accounts.internal.RecoveryCodeRepository;
import app.mitra.accounts.internal.RecoveryCodes;
import app.mitra.accounts.internal.SecondFactorRequired;
import app.mitra.accounts.internal.Totp;
import app.mitra.accounts.internal.TotpRepository;
import app.mitra.accounts.internal.TotpRepository.TotpSecret;
import app.mitra.accounts.internal.UserRepository;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.ConflictException;
import app.mitra.common.web.InvalidInputException;
import app.mitra.common.web.NotFoundException;
import app.mitra.common.web.PublicUrl;

/**
 * Second factors: an authenticator app (TOTP, with ten single-use recovery codes) and passkeys. An
 * account with either signs in with more than its password: the code after the password, or a passkey
 * alone (the device and its PIN or fingerprint are two factors in one).
 */
@Service
public class SecondFactors {

    public static final int MAX_PASSKEY_NAME = 60;
    private static final SecureRandom RANDOM = new SecureRandom();
    /** RFC 6238 recommends a key as long as the hash: 160 bits for HMAC-SHA-1. */
    private static final int SECRET_BYTES = 20;

    /** What an account has: TOTP on or being set up, how many recovery codes are left, its passkeys. */
    public record Status(boolean totp, boolean totpPending, int recoveryCodesLeft, List<Passkey> passkeys) {

        public boolean any() {
            return totp || !passkeys.isEmpty();
        }
    }

    /** A secret being set up: typed in, or scanned as the otpauth URI's QR code. */
    public record TotpSetup(String secret, String otpauthUri) {
    }

    private final TotpRepository totp;
    private final RecoveryCodeRepository recoveryCodes;
    private final PasskeyRepository passkeys;
    private final PasskeyUserRepository passkeyUsers;
    private final UserRepository users;
    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final SecurityEvents events;
    private final PublicUrl publicUrl;
    private final AccountsProperties properties;
    private final Writes writes;
    private final Clock clock;

    SecondFactors(TotpRepository totp, RecoveryCodeRepository recoveryCodes, PasskeyRepository passkeys,
            PasskeyUserRepository passkeyUsers, UserRepository users, Accounts accounts,
            LoginThrottle throttle, SecurityEvents events, PublicUrl publicUrl, AccountsProperties properties,
            Writes writes, Clock clock) {
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
        this.passkeys = passkeys;
        this.passkeyUsers = passkeyUsers;
        this.users = users;
        this.accounts = accounts;
        this.throttle = throttle;
        this.events = events;
        this.publicUrl = publicUrl;
        this.properties = properties;
        this.writes = writes;
        this.clock = clock;
    }

    public Status status(UUID userId) {
        Optional<TotpSecret> secret = totp.find(userId);
        boolean on = secret.map(TotpSecret::confirmed).orElse(false);
        return new Status(on, secret.isPresent() && !on, on ? recoveryCodes.count(userId) : 0, passkeys.list(userId));
    }

    /** Whether the server asks every account to add a second factor (MITRA_REQUIRE_SECOND_FACTOR). */
    public boolean required() {
        return properties.requireSecondFactor();
    }

    public boolean totpOn(UUID userId) {
        return totp.find(userId).map(TotpSecret::confirmed).orElse(false);
    }

    /** Whether signing in takes more than the password: TOTP is on or the account has a passkey. */
    public boolean any(UUID userId) {
        return totpOn(userId) || passkeys.count(userId) > 0;
    }

    /** A new secret, not in use until a code from it confirms it; 409 while TOTP is on. */
    public TotpSetup beginTotp(UUID userId) {
        byte[] key = new byte[SECRET_BYTES];
        RANDOM.nextBytes(key);
        String secret = Base32.encode(key);
        if (!writes.write(() -> totp.begin(userId, secret, clock.millis()))) {
            throw new ConflictException("The authenticator app is already on; turn it off first to set up another.");
        }
        return setup(userId, secret);
    }

    /** The secret being set up, so the page can show its QR code again until a code confirms it. */
    public Optional<TotpSetup> pendingTotp(UUID userId) {
        return totp.find(userId).filter(secret -> !secret.confirmed()).map(secret -> setup(userId, secret.secret()));
    }

    public void cancelTotpSetup(UUID userId) {
        writes.run(() -> totp.find(userId).filter(secret -> !secret.confirmed()).ifPresent(secret -> totp.delete(userId)));
    }

    private TotpSetup setup(UUID userId, String secret) {
        // the server's own name when MITRA_PUBLIC_URL gives one, so two Mitras in one app are told apart
        String issuer = publicUrl.configured() ? publicUrl.base().getHost() : "Mitra";
        String label = encode(issuer) + ":" + encode(accounts.account(userId).username());
        return new TotpSetup(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.PERIOD_SECONDS);
    }

    /**
     * Turns TOTP on with a code from the app, and answers the ten recovery codes (shown this once). Every
     * other session and API token of the account ends, all but {@code keep}: whoever had only the password
     * is signed out.
     */
    public List<String> confirmTotp(UUID userId, String code, CurrentSignIn keep) {
        Account account = accounts.account(userId);
        TotpSecret pending = totp.find(userId).filter(secret -> !secret.confirmed())
                .orElseThrow(() -> new InvalidInputException("code", "start setting up the authenticator app first"));
        OptionalLong step = Totp.matchingStep(Base32.decode(pending.secret()), code, clock.instant());
        if (!throttled(account.username(), step::isPresent)) {
            throw new InvalidInputException("code", "is not the code the app shows now; check that the phone's"
                    + " clock is right and type the next code");
        }
        List<String> codes = RecoveryCodes.generate();
        long now = clock.millis();
        boolean confirmed = writes.write(() -> {
            if (!totp.confirm(userId, step.getAsLong(), now)) {
                return false;
            }
            recoveryCodes.replace(userId, codes.stream().map(RecoveryCodes::hash).toList(), now);
            accounts.endOtherSignIns(account, keep);
            events.record(userId, SecurityEventType.TOTP_ENABLED);
            return true;
        });
        if (!confirmed) {
            throw new InvalidInputException("code", "start setting up the authenticator app first");
        }
        return codes;
    }

    /** Turns TOTP off with the password and a current code or an unused recovery code; recovery codes go too. */
    public void disableTotp(UUID userId, String password, String code) {
        Account account = accounts.confirmPassword(userId, password, "password");
        if (!totpOn(userId)) {
            throw new NotFoundException("authenticator app");
        }
        if (!throttled(account.username(), () -> claimCode(userId, code) || spendRecoveryCode(userId, code))) {
            throw new InvalidInputException("code", "is not the code the app shows now, nor an unused recovery code");
        }
        writes.run(() -> {
            totp.delete(userId);
            recoveryCodes.deleteAll(userId);
            events.record(userId, SecurityEventType.TOTP_DISABLED);
        });
    }

    /** Ten new recovery codes (the password confirms it); every earlier one stops working. */
    public List<String> regenerateRecoveryCodes(UUID userId, String password) {
        accounts.confirmPassword(userId, password, "password");
        if (!totpOn(userId)) {
            throw new NotFoundException("authenticator app");
        }
        List<String> codes = RecoveryCodes.generate();
        writes.run(() -> recoveryCodes.replace(userId, codes.stream().map(RecoveryCodes::hash).toList(), clock.millis()));
        return codes;
    }

    /**
     * A current code from the app, accepted once: its time step, and every earlier one, cannot sign in again.
     * Wrong codes count towards the sign-in throttle like wrong passwords; during a block this throws
     * {@link app.mitra.common.web.TooManyAttemptsException} before looking at the code.
     */
    public boolean verifyTotp(AccountUser user, String code) {
        return throttled(user.getUsername(), () -> claimCode(user.id(), code));
    }

    /** Uses up a recovery code: true the first time only; counted by the throttle like a code. */
    public boolean useRecoveryCode(AccountUser user, String code) {
        return throttled(user.getUsername(), () -> spendRecoveryCode(user.id(), code));
    }

    private boolean claimCode(UUID userId, String code) {
        Optional<TotpSecret> secret = totp.find(userId).filter(TotpSecret::confirmed);
        if (secret.isEmpty()) {
            return false;
        }
        OptionalLong step = Totp.matchingStep(Base32.decode(secret.get().secret()), code, clock.instant());
        return step.isPresent() && writes.write(() -> totp.claimStep(userId, step.getAsLong()));
    }

    private boolean spendRecoveryCode(UUID userId, String code) {
        String hash = RecoveryCodes.hash(code);
        return hash != null && writes.write(() -> {
            boolean used = recoveryCodes.use(userId, hash);
            if (used) {
                events.record(userId, SecurityEventType.RECOVERY_CODE_USED);
            }
            return used;
        });
    }

    /** Checks a code through the throttle: refused during a block, a wrong one counted. */
    private boolean throttled(String username, BooleanSupplier right) {
        Client client = Client.current();
        throttle.check(username, client);
        boolean ok = right.getAsBoolean();
        if (!ok) {
            throttle.failed(username, client);
        }
        return ok;
    }

    /**
     * For {@code POST /api/v1/tokens} after HTTP Basic: an account with TOTP also sends a code or a recovery
     * code; one with passkeys only cannot make a token with its password at all (it makes them in Settings).
     */
    public void checkTokenRequest(AccountUser user, String otp, String recoveryCode) {
        UUID userId = user.id();
        if (!totpOn(userId)) {
            if (passkeys.count(userId) > 0) {
                throw SecondFactorRequired.passkeyOnly();
            }
            return;
        }
        boolean hasOtp = otp != null && !otp.isBlank();
        boolean hasRecoveryCode = recoveryCode != null && !recoveryCode.isBlank();
        if (!hasOtp && !hasRecoveryCode) {
            throw SecondFactorRequired.missing();
        }
        if (!throttled(user.getUsername(), () -> hasOtp && claimCode(userId, otp)
                || hasRecoveryCode && spendRecoveryCode(userId, recoveryCode))) {
            throw SecondFactorRequired.wrong();
        }
    }

    public List<Passkey> passkeys(UUID userId) {
        return passkeys.list(userId);
    }

    public void renamePasskey(UUID userId, String id, String name) {
        String label = name == null ? "" : name.trim();
        if (label.isEmpty() || label.length() > MAX_PASSKEY_NAME) {
            throw new InvalidInputException("name", "must be 1 to " + MAX_PASSKEY_NAME + " characters");
        }
        if (!writes.write(() -> passkeys.rename(userId, id, label))) {
            throw new NotFoundException("passkey");
        }
    }

    /** Removes a passkey once the password is typed again. */
    public void removePasskey(UUID userId, String id, String password) {
        accounts.confirmPassword(userId, password, "password");
        boolean removed = writes.write(() -> {
            boolean gone = passkeys.remove(userId, id);
            if (gone) {
                events.record(userId, SecurityEventType.PASSKEY_REMOVED);
            }
            return gone;
        });
        if (!removed) {
            throw new NotFoundException("passkey");
        }
    }

    /**
     * After Spring Security registered a passkey for the signed-in person. When it is the account's first
     * second factor, every other session and token ends, as when TOTP is turned on.
     */
    public void passkeyAdded(UUID userId, boolean firstSecondFactor, CurrentSignIn keep) {
        Account account = accounts.account(userId);
        writes.run(() -> {
            if (firstSecondFactor) {
                accounts.endOtherSignIns(account, keep);
            }
            events.record(userId, SecurityEventType.PASSKEY_ADDED);
        });
    }

    /**
     * For the server's operator (the {@code reset-second-factor} command), when a person lost their phone or
     * passkey: removes TOTP, recovery codes and passkeys, ends every browser session and lifts any sign-in block
     * (they may have tried codes for a while). API tokens keep working.
     */
    public Account reset(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        AccountUser user = users.findLogin(name).orElseThrow(() -> new NotFoundException("account " + name));
        writes.run(() -> {
            totp.delete(user.id());
            recoveryCodes.deleteAll(user.id());
            passkeys.removeAll(user.id());
            passkeyUsers.deleteFor(user.id());
            // The lost phone may hold an API token as well as a session: both end.
            accounts.endOtherSignIns(accounts.account(user.id()), CurrentSignIn.NONE);
            throttle.clear(name);
            events.record(user.id(), SecurityEventType.SECOND_FACTOR_RESET);
        });
        return accounts.account(user.id());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
