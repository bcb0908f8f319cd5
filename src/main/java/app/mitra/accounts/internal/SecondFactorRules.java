package app.mitra.accounts.internal;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.FactorAuthorizationDecision;
import org.springframework.security.authorization.RequiredFactor;
import org.springframework.security.authorization.RequiredFactorError;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.HttpMessageConverterAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.stereotype.Component;

import app.mitra.accounts.AccountUser;
import app.mitra.accounts.SecondFactors;

/**
 * What a web session reaches, given the second factors of its account (docs/decisions/0014):
 * <ul>
 * <li>signed in with a passkey, or with the password and then a second step: everything;</li>
 * <li>signed in with the password alone, and the account has TOTP or a passkey: only the second step
 * ({@code /login/second-factor}) and signing out; anything else leads to the second step;</li>
 * <li>the account has no second factor but the server requires one (MITRA_REQUIRE_SECOND_FACTOR): only
 * the page that adds one ({@code /settings/second-factors}), where anything else leads.</li>
 * </ul>
 * The account's factors are read on each request of a session that has not proven one, so a factor added
 * elsewhere counts at once. Missing factors are Spring Security's own refusals, so its exception handling
 * sends each to its page and remembers where the person was going.
 */
@Component
public class SecondFactorRules {

    /** The refusal that sends an account without a second factor to add one; not a factor itself. */
    static final String ENROLMENT = "SECOND_FACTOR_ENROLMENT";

    private final SecondFactors secondFactors;
    private final PasskeyCeremonies ceremonies;
    private final UserRepository users;
    private final SignInHandlers signIn;

    SecondFactorRules(SecondFactors secondFactors, PasskeyCeremonies ceremonies, UserRepository users,
            SignInHandlers signIn) {
        this.secondFactors = secondFactors;
        this.ceremonies = ceremonies;
        this.users = users;
        this.signIn = signIn;
    }

    /** The rules after the public pages: the second step, the enrolment pages, and then every other page. */
    public void authorize(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests
                // Spring Security's own passkey removal would skip the password Settings asks for.
                .requestMatchers(HttpMethod.DELETE, "/webauthn/register/**").denyAll()
                .requestMatchers("/login/second-factor", "/login/second-factor/**").authenticated()
                .requestMatchers("/settings/second-factors", "/settings/second-factors/**", "/webauthn/register",
                        "/webauthn/register/**").access(rule(false))
                .anyRequest().access(rule(true));
    }

    /** Passkey sign-in and registration (Spring Security's), and where each missing factor leads. */
    public void configure(HttpSecurity http) throws Exception {
        http.webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
                        .withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
                            @Override
                            public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
                                // Our principal (AccountUser) instead of Spring's user entity; and what the password
                                // form does after signing in: a new session id and CSRF token, the sign-in logged.
                                filter.setAuthenticationManager(new ProviderManager(new PasskeySignIn(ceremonies, users)));
                                filter.setSessionAuthenticationStrategy(
                                        http.getSharedObject(SessionAuthenticationStrategy.class));
                                AuthenticationSuccessHandler answer = new HttpMessageConverterAuthenticationSuccessHandler();
                                filter.setAuthenticationSuccessHandler((request, response, authentication) -> {
                                    signIn.signedIn((AccountUser) authentication.getPrincipal(), request);
                                    answer.onAuthenticationSuccess(request, response, authentication);
                                });
                                return filter;
                            }
                        }))
                .exceptionHandling(errors -> errors
                        .defaultDeniedHandlerForMissingAuthority(redirectTo("/login/second-factor"), SecondStep.AUTHORITY)
                        .defaultDeniedHandlerForMissingAuthority(redirectTo("/settings/second-factors"), ENROLMENT));
    }

    /** A plain redirect: Spring's login entry point would add the factor's name to the address bar. */
    private static AuthenticationEntryPoint redirectTo(String path) {
        return (request, response, refused) -> response.sendRedirect(request.getContextPath() + path);
    }

    private AuthorizationManager<RequestAuthorizationContext> rule(boolean enrolmentRequired) {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext request) -> decide(
                authentication.get(), enrolmentRequired);
    }

    AuthorizationResult decide(Authentication authentication, boolean enrolmentRequired) {
        if (authentication == null || !authentication.isAuthenticated()
                || !(authentication.getPrincipal() instanceof AccountUser user)) {
            return new AuthorizationDecision(false);
        }
        if (SecondStep.proven(authentication)) {
            return new AuthorizationDecision(true);
        }
        if (secondFactors.any(user.id())) {
            return missing(SecondStep.AUTHORITY);
        }
        if (enrolmentRequired && secondFactors.required()) {
            return missing(ENROLMENT);
        }
        return new AuthorizationDecision(true);
    }

    private static AuthorizationResult missing(String authority) {
        return new FactorAuthorizationDecision(
                List.of(RequiredFactorError.createMissing(RequiredFactor.withAuthority(authority).build())));
    }
}
