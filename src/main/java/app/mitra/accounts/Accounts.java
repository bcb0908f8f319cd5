package app.mitra.accounts;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

import app.mitra.accounts.internal.AccountsProperties;
import app.mitra.accounts.internal.InviteRepository;
import app.mitra.accounts.internal.LoginThrottle;
import app.mitra.accounts.internal.PasswordPolicy;
import app.mitra.accounts.internal.Secrets;
import app.mitra.accounts.internal.UserRepository;
import app.mitra.common.Ids;
import app.mitra.common.storage.Writes;
import app.mitra.common.web.FieldProblem;
import app.mitra.common.web.InvalidInputException;
import app.mitra.common.web.NotFoundException;

/** The accounts module's API: sign-up, invites, time zone, password and deleting the account. */
@Service
public class Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");

    private final UserRepository users;
    private final Tokens tokens;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final SecurityEvents events;
    private final InviteRepository invites;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final AccountsProperties properties;
    private final Writes writes;
    private final ObjectProvider<PersonalData> personalData;

    Accounts(UserRepository users, Tokens tokens, Sessions sessions, LoginThrottle throttle, SecurityEvents events,
            InviteRepository invites, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
            AccountsProperties properties, Writes writes, ObjectProvider<PersonalData> personalData) {
        this.personalData = personalData;
        this.users = users;
        this.tokens = tokens;
        this.sessions = sessions;
        this.throttle = throttle;
        this.events = events;
        this.invites = invites;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.properties = properties;
        this.writes = writes;
    }

    public boolean registrationOpen() {
        return properties.registration() == AccountsProperties.Registration.OPEN;
    }

    public boolean hasAccounts() {
        return users.count() > 0;
    }

    /**
     * Creates an account: the first becomes admin; later ones need an invite unless registration is open.
     * Without a valid invite the refusal is the same whether or not the name is taken, and the password
     * is hashed before either is looked at, so neither the answer nor its time tells who has an account.
     */
    public Account register(Registration registration) {
        String username = normalised(registration.username());
        String zone = registration.timeZone() == null || registration.timeZone().isBlank() ? "UTC"
                : registration.timeZone().trim();
        String hash = validatedHash(username, registration.password(), zone);
        String inviteHash = registration.inviteCode() == null || registration.inviteCode().isBlank() ? null
                : Secrets.hash(registration.inviteCode().trim());
        UUID id = Ids.newId();
        return writes.write(() -> {
            long now = System.currentTimeMillis();
            boolean first = users.count() == 0;
            Optional<UUID> invite = first || registrationOpen() ? Optional.empty()
                    : Optional.ofNullable(inviteHash).flatMap(code -> invites.findUsable(code, now));
            if (!first && !registrationOpen() && invite.isEmpty()) {
                throw inviteNeeded();
            }
            if (users.usernameTaken(username)) {
                throw new InvalidInputException("username", "is already taken");
            }
            if (invite.isPresent() && !invites.markUsed(invite.get(), username, now)) {
                throw inviteNeeded();
            }
            List<String> roles = first ? List.of(Account.PERSON, Account.ADMIN) : List.of(Account.PERSON);
            users.insert(id, username, hash, roles, zone, now);
            return new Account(id, username, roles, zone);
        });
    }

    private static InvalidInputException inviteNeeded() {
        return new InvalidInputException("inviteCode", "an invite code from this server's admin is needed to sign up");
    }

    /**
     * For the server's operator (the {@code create-admin} command): an admin account whatever the
     * sign-up rule, or admin rights for an existing account when no password is given.
     */
    public Account createAdmin(String username, String password) {
        String name = normalised(username);
        Optional<AccountUser> existing = users.findLogin(name);
        if (existing.isPresent()) {
            if (password != null) {
                throw new InvalidInputException("username", "is already taken; leave out the password to make"
                        + " this account an admin");
            }
            AccountUser user = existing.get();
            List<String> roles = user.isAdmin() ? user.roles()
                    : Stream.concat(user.roles().stream(), Stream.of(Account.ADMIN)).toList();
            writes.run(() -> users.updateRoles(user.id(), roles));
            return account(user.id());
        }
        if (password == null) {
            throw new NotFoundException("account " + name);
        }
        String hash = validatedHash(name, password, "UTC");
        UUID id = Ids.newId();
        List<String> roles = List.of(Account.PERSON, Account.ADMIN);
        return writes.write(() -> {
            if (users.usernameTaken(name)) {
                throw new InvalidInputException("username", "is already taken");
            }
            users.insert(id, name, hash, roles, "UTC", System.currentTimeMillis());
            return new Account(id, name, roles, "UTC");
        });
    }

    /**
     * For the server's operator (the {@code reset-password} command): sets a new password without
     * the old one, ends every session and API token of the person, and lifts any sign-in block on
     * the username, as a changed password does.
     */
    public Account resetPassword(String username, String newPassword) {
        String name = normalised(username);
        AccountUser user = users.findLogin(name).orElseThrow(() -> new NotFoundException("account " + name));
        String hash = validatedHash(name, newPassword, "UTC");
        writes.run(() -> {
            users.updatePasswordHash(user.id(), hash);
            sessions.endAllExcept(name, null);
            tokens.endAllExcept(user.id(), null);
            throttle.clear(name);
            events.record(user.id(), SecurityEventType.PASSWORD_CHANGED);
        });
        return account(user.id());
    }

    private static String normalised(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }

    private String validatedHash(String username, String password, String zone) {
        List<FieldProblem> problems = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username", "must be 3 to 64 of a-z, 0-9, dot, underscore or hyphen"));
        }
        passwordPolicy.problem(password, username)
                .ifPresent(message -> problems.add(new FieldProblem("password", message)));
        if (!validZone(zone)) {
            problems.add(new FieldProblem("timeZone", "is not a known time zone (for example Europe/Berlin)"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return passwordEncoder.encode(password);
    }

    public Account account(UUID userId) {
        return users.find(userId).orElseThrow(() -> new NotFoundException("account"));
    }

    public ZoneId zone(UUID userId) {
        return account(userId).zone();
    }

    public void changeTimeZone(UUID userId, String timeZone) {
        if (timeZone == null || !validZone(timeZone.trim())) {
            throw new InvalidInputException("timeZone", "is not a known time zone (for example Europe/Berlin)");
        }
        writes.run(() -> users.updateTimeZone(userId, timeZone.trim()));
    }

    /**
     * A new password, once the current one is confirmed (counted by the sign-in throttle): every
     * other session and every token but the one making the change end at once.
     */
    public void changePassword(UUID userId, String currentPassword, String newPassword, CurrentSignIn keep) {
        Account account = confirmPassword(userId, currentPassword, "currentPassword");
        passwordPolicy.problem(newPassword, account.username()).ifPresent(message -> {
            throw new InvalidInputException("newPassword", message);
        });
        String hash = passwordEncoder.encode(newPassword);
        writes.run(() -> {
            users.updatePasswordHash(userId, hash);
            endOtherSignIns(account, keep);
            events.record(userId, SecurityEventType.PASSWORD_CHANGED);
        });
    }

    /**
     * Ends every session and token of the person but the one making a change, for a new password or
     * a new second factor. Call inside the write that makes the change.
     */
    public void endOtherSignIns(Account account, CurrentSignIn keep) {
        sessions.endAllExcept(account.username(), keep.sessionId());
        tokens.endAllExcept(account.id(), keep.tokenId());
    }

    /**
     * Checks the person's password for a confirmation (a new password, deleting the account, turning
     * a second factor off) through the sign-in throttle: refused with 429 during a block, a wrong one
     * counted and refused on {@code field}.
     */
    public Account confirmPassword(UUID userId, String password, String field) {
        Account account = account(userId);
        Client client = Client.current();
        throttle.check(account.username(), client);
        String stored = users.passwordHash(userId).orElseThrow(() -> new NotFoundException("account"));
        if (password == null || !passwordEncoder.matches(password, stored)) {
            throttle.failed(account.username(), client);
            throw new InvalidInputException(field, "is not your password");
        }
        throttle.succeeded(account.username(), client);
        return account;
    }

    /**
     * Deletes the account and every row of the person in every module ({@link PersonalData}), in one write,
     * once the password proves it is them. Sessions and tokens go with it.
     */
    public void deleteAccount(UUID userId, String password) {
        String username = confirmPassword(userId, password, "password").username();
        writes.run(() -> {
            personalData.orderedStream().forEach(module -> module.erase(userId));
            users.deleteEverything(userId, username);
            throttle.clear(username);
        });
        tokens.endAllExcept(userId, null);
    }

    public Invite createInvite(AccountUser admin) {
        requireAdmin(admin);
        String code = Secrets.newInviteCode();
        UUID id = Ids.newId();
        Instant now = Instant.now();
        Instant expiresAt = now.plus(Duration.ofDays(properties.inviteValidDays()));
        writes.run(() -> invites.insert(admin.id(), id, Secrets.hash(code), now.toEpochMilli(), expiresAt.toEpochMilli()));
        return new Invite(id, code, now, expiresAt, null, null);
    }

    public List<Invite> invites(AccountUser admin) {
        requireAdmin(admin);
        return invites.list(admin.id());
    }

    private static void requireAdmin(AccountUser user) {
        if (!user.isAdmin()) {
            throw new NotFoundException("page");
        }
    }

    public static boolean validZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
