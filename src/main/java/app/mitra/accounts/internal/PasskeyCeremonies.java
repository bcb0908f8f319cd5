package app.mitra.accounts.internal;

import java.net.URI;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialParameters;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.CurrentSignIn;
import app.mitra.accounts.SecondFactors;
import app.mitra.common.web.PublicUrl;

/**
 * Spring Security's WebAuthn ceremonies (webauthn4j underneath) with Mitra's settings: the relying party
 * is the public host, and a passkey must verify its user (PIN, fingerprint or face), since it signs in on
 * its own. After a passkey is registered, the account's records follow: other sessions end when it is
 * the first second factor, and this session counts as having proven one.
 */
@Component
public class PasskeyCeremonies implements WebAuthnRelyingPartyOperations {

    /** Resident (discoverable) keys that verify their user: a passkey that signs in without a username or password. */
    static final AuthenticatorSelectionCriteria SELECTION = AuthenticatorSelectionCriteria.builder()
            .residentKey(ResidentKeyRequirement.REQUIRED).userVerification(UserVerificationRequirement.REQUIRED).build();
    static final List<PublicKeyCredentialParameters> ALGORITHMS = List.of(PublicKeyCredentialParameters.EdDSA,
            PublicKeyCredentialParameters.ES256, PublicKeyCredentialParameters.RS256);

    private final PasskeyUserRepository userEntities;
    private final PasskeyRepository credentials;
    private final PublicUrl publicUrl;
    private final SecondFactors secondFactors;
    private final UserRepository users;
    private volatile WebAuthnRelyingPartyOperations delegate;

    PasskeyCeremonies(PasskeyUserRepository userEntities, PasskeyRepository credentials, PublicUrl publicUrl,
            SecondFactors secondFactors, UserRepository users) {
        this.userEntities = userEntities;
        this.credentials = credentials;
        this.publicUrl = publicUrl;
        this.secondFactors = secondFactors;
        this.users = users;
    }

    /** Built on first use: without MITRA_PUBLIC_URL the origin carries the server's port, known only once it listens. */
    private WebAuthnRelyingPartyOperations delegate() {
        if (delegate == null) {
            URI base = publicUrl.base();
            Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
                    PublicKeyCredentialRpEntity.builder().id(base.getHost()).name("Mitra").build(),
                    Set.of(base.getScheme() + "://" + base.getRawAuthority()));
            operations.setCustomizeCreationOptions(options -> options.authenticatorSelection(SELECTION)
                    .pubKeyCredParams(ALGORITHMS));
            operations.setCustomizeRequestOptions(options -> options.userVerification(UserVerificationRequirement.REQUIRED));
            delegate = operations;
        }
        return delegate;
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return delegate().createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        AccountUser user = users.findLogin(request.getCreationOptions().getUser().getName())
                .orElseThrow(() -> new IllegalArgumentException("No account for this passkey's user"));
        boolean first = !secondFactors.any(user.id());
        CredentialRecord record = delegate().registerCredential(request);
        // Spring Security's registration filter calls this within the browser's request, which holds the session.
        ServletRequestAttributes web = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
        secondFactors.passkeyAdded(user.id(), first,
                CurrentSignIn.of(SecurityContextHolder.getContext().getAuthentication(), web.getRequest()));
        SecondStep.prove(web.getRequest(), web.getResponse());
        return record;
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(PublicKeyCredentialRequestOptionsRequest request) {
        return delegate().createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return delegate().authenticate(request);
    }
}
