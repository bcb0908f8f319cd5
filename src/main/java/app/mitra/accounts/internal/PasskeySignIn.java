package app.mitra.accounts.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;

import app.mitra.accounts.AccountUser;

/**
 * Signs in with a verified passkey as Spring Security's WebAuthn provider does, but with Mitra's
 * {@link AccountUser} as the principal (every controller takes one) and FACTOR_WEBAUTHN beside its roles.
 */
final class PasskeySignIn implements AuthenticationProvider {

    private final WebAuthnRelyingPartyOperations ceremonies;
    private final UserRepository users;

    PasskeySignIn(WebAuthnRelyingPartyOperations ceremonies, UserRepository users) {
        this.ceremonies = ceremonies;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        WebAuthnAuthenticationRequestToken request = (WebAuthnAuthenticationRequestToken) authentication;
        PublicKeyCredentialUserEntity entity;
        try {
            entity = ceremonies.authenticate(request.getWebAuthnRequest());
        } catch (RuntimeException refused) {
            throw new BadCredentialsException("The passkey was not accepted", refused);
        }
        AccountUser user = users.findLogin(entity.getName())
                .orElseThrow(() -> new BadCredentialsException("The passkey's account is gone"));
        user.eraseCredentials();
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.WEBAUTHN_AUTHORITY));
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
    }
}
