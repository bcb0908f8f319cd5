package app.mitra.accounts.internal;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.web.webauthn.api.AttestationConveyancePreference;
import org.springframework.security.web.webauthn.api.Bytes;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialDescriptor;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.registration.PublicKeyCredentialCreationOptionsRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the options of a passkey being made in the session until the browser answers, as Spring
 * Security's own repository does; but sessions here are stored in the database with Java serialization,
 * which those options do not support. So the session holds what varies (the challenge, the user, the
 * passkeys to exclude) and Mitra's fixed choices (PasskeyCeremonies) are put back when it is read.
 */
@Component
class SessionCreationOptions implements PublicKeyCredentialCreationOptionsRepository {

    private static final String ATTRIBUTE = SessionCreationOptions.class.getName();

    private record Saved(Bytes challenge, PublicKeyCredentialUserEntity user, String rpId, String rpName,
            ArrayList<PublicKeyCredentialDescriptor> exclude, Duration timeout) implements Serializable {
    }

    @Override
    public void save(HttpServletRequest request, HttpServletResponse response, PublicKeyCredentialCreationOptions options) {
        if (options == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
            return;
        }
        request.getSession().setAttribute(ATTRIBUTE, new Saved(options.getChallenge(), options.getUser(),
                options.getRp().getId(), options.getRp().getName(), new ArrayList<>(options.getExcludeCredentials()),
                options.getTimeout()));
    }

    @Override
    public PublicKeyCredentialCreationOptions load(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Saved saved)) {
            return null;
        }
        return PublicKeyCredentialCreationOptions.builder()
                .rp(PublicKeyCredentialRpEntity.builder().id(saved.rpId()).name(saved.rpName()).build())
                .user(saved.user()).challenge(saved.challenge()).pubKeyCredParams(PasskeyCeremonies.ALGORITHMS)
                .authenticatorSelection(PasskeyCeremonies.SELECTION).attestation(AttestationConveyancePreference.NONE)
                .excludeCredentials(List.copyOf(saved.exclude())).timeout(saved.timeout()).build();
    }
}
