package app.mitra.accounts.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.CurrentSignIn;
import app.mitra.accounts.SecondFactors;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The authenticator app (TOTP) and recovery codes over the API; passkeys are made in the browser. */
@RestController
@RequestMapping("/api/v1/account")
@Tag(name = "Account security")
class SecondFactorsApiController {

    private final SecondFactors secondFactors;

    SecondFactorsApiController(SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
    }

    record Code(String code) {
    }

    record Confirmation(String password, String code) {
    }

    record Password(String password) {
    }

    record RecoveryCodesAnswer(List<String> recoveryCodes) {
    }

    @GetMapping("/second-factors")
    @Operation(summary = "The account's second factors", description = "Whether TOTP is on (or being set up), how"
            + " many recovery codes are left, and the passkeys with their names and when they were added and last used.")
    SecondFactors.Status status(@AuthenticationPrincipal AccountUser user) {
        return secondFactors.status(user.id());
    }

    @PostMapping("/totp")
    @Operation(summary = "Start setting up an authenticator app",
            description = "A new base32 secret (160 bits; SHA-1, 6 digits, 30 s) and its otpauth URI for a QR code."
                    + " Not in use until confirmed with a code; a set-up not yet confirmed is replaced."
                    + " 409 while TOTP is on.")
    SecondFactors.TotpSetup begin(@AuthenticationPrincipal AccountUser user) {
        return secondFactors.beginTotp(user.id());
    }

    @PostMapping("/totp/confirm")
    @Operation(summary = "Turn TOTP on with a code from the app",
            description = "Answers ten single-use recovery codes, shown this once. Every other session and API"
                    + " token of the account ends; the token making this call keeps working. A wrong code is a 400"
                    + " on the field code.")
    RecoveryCodesAnswer confirm(@AuthenticationPrincipal AccountUser user, @RequestBody(required = false) Code body,
            Authentication authentication, HttpServletRequest request) {
        return new RecoveryCodesAnswer(secondFactors.confirmTotp(user.id(), body == null ? null : body.code(),
                CurrentSignIn.of(authentication, request)));
    }

    @DeleteMapping("/totp")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Turn TOTP off",
            description = "With the password and a current code, or an unused recovery code as code. The recovery"
                    + " codes go too. 404 when TOTP is not on.")
    void disable(@AuthenticationPrincipal AccountUser user, @RequestBody(required = false) Confirmation body) {
        secondFactors.disableTotp(user.id(), body == null ? null : body.password(), body == null ? null : body.code());
    }

    @PostMapping("/totp/recovery-codes")
    @Operation(summary = "New recovery codes", description = "Ten new codes (the password confirms it); the old ones"
            + " stop working. 404 when TOTP is not on.")
    RecoveryCodesAnswer recoveryCodes(@AuthenticationPrincipal AccountUser user,
            @RequestBody(required = false) Password body) {
        return new RecoveryCodesAnswer(secondFactors.regenerateRecoveryCodes(user.id(), body == null ? null
                : body.password()));
    }
}
