package app.mitra.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.Account;
import app.mitra.accounts.AccountUser;
import app.mitra.accounts.Accounts;
import app.mitra.accounts.Client;
import app.mitra.accounts.CurrentSignIn;
import app.mitra.accounts.IssuedToken;
import app.mitra.accounts.Registration;
import app.mitra.accounts.SecondFactors;
import app.mitra.accounts.TokenSummary;
import app.mitra.accounts.Tokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts and tokens")
class AccountsApiController {

    private final Accounts accounts;
    private final Tokens tokens;
    private final LoginThrottle throttle;
    private final SecondFactors secondFactors;

    AccountsApiController(Accounts accounts, Tokens tokens, LoginThrottle throttle, SecondFactors secondFactors) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
        this.secondFactors = secondFactors;
    }

    record SignUp(String username, String password, String timeZone, String inviteCode) {
    }

    record AccountChange(String timeZone) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    record AccountDeletion(String password) {
    }

    /** {@code otp} (the authenticator app's code) or {@code recoveryCode}: for an account with TOTP on. */
    record TokenRequest(String name, Integer expiresInDays, String otp, String recoveryCode) {
    }

    record TokenAnswer(UUID id, String name, String token, Instant expiresAt) {
        static TokenAnswer of(IssuedToken token) {
            return new TokenAnswer(token.id(), token.name(), token.token(), token.expiresAt());
        }
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    Account signUp(@RequestBody SignUp body) {
        return accounts.register(new Registration(body.username(), body.password(), body.timeZone(), body.inviteCode()));
    }

    @GetMapping("/account")
    Account me(@AuthenticationPrincipal AccountUser user) {
        return accounts.account(user.id());
    }

    @PutMapping("/account")
    Account change(@AuthenticationPrincipal AccountUser user, @RequestBody AccountChange body) {
        accounts.changeTimeZone(user.id(), body.timeZone());
        return accounts.account(user.id());
    }

    @PutMapping("/account/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@AuthenticationPrincipal AccountUser user, @RequestBody PasswordChange body,
            Authentication authentication, HttpServletRequest request) {
        accounts.changePassword(user.id(), body.currentPassword(), body.newPassword(),
                CurrentSignIn.of(authentication, request));
    }

    /** Deletes the account and all its data in every module; the password confirms it. */
    @DeleteMapping("/account")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@AuthenticationPrincipal AccountUser user, @RequestBody(required = false) AccountDeletion body) {
        accounts.deleteAccount(user.id(), body == null ? null : body.password());
    }

    @PostMapping("/tokens")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an API token with the username and password (HTTP Basic)",
            description = "An account with an authenticator app also sends otp (the 6-digit code) or recoveryCode;"
                    + " without one, or with a wrong one, 401 urn:mitra:problem:second-factor-required. An account"
                    + " with a passkey and no app makes tokens in Settings instead.")
    TokenAnswer createToken(@AuthenticationPrincipal AccountUser user, @RequestBody(required = false) TokenRequest body) {
        TokenRequest request = body == null ? new TokenRequest(null, null, null, null) : body;
        // HTTP Basic proved the password; an account with a second factor proves it too (the code goes
        // through the throttle), or gets a 401. Only then does this address start again from nothing.
        secondFactors.checkTokenRequest(user, request.otp(), request.recoveryCode());
        throttle.succeeded(user.getUsername(), Client.current());
        return TokenAnswer.of(tokens.issue(user.id(), request.name(), request.expiresInDays()));
    }

    record TokenList(List<TokenSummary> items) {
    }

    @GetMapping("/tokens")
    TokenList tokens(@AuthenticationPrincipal AccountUser user) {
        return new TokenList(tokens.list(user.id()));
    }

    @DeleteMapping("/tokens/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@AuthenticationPrincipal AccountUser user, @PathVariable UUID id) {
        tokens.revoke(user.id(), id);
    }
}
