package app.mitra.accounts.internal;

import java.time.Clock;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.session.autoconfigure.DefaultCookieSerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import app.mitra.accounts.Account;
import app.mitra.accounts.Tokens;
import app.mitra.common.web.PublicUrl;


/**
 * Three doors: token creation with HTTP Basic, the REST API with bearer tokens (stateless), and
 * the web app with a login form or a passkey and a session stored in the database. All answers carry a strict
 * Content-Security-Policy: scripts and styles only from files Mitra serves, never inline.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private static final String CSRF_COOKIE = "MITRA_CSRF";

    private final PublicUrl publicUrl;

    SecurityConfiguration(PublicUrl publicUrl) {
        this.publicUrl = publicUrl;
    }

    /** The session cookie is Secure when the public address is https; with none set, when the request came over TLS. */
    @Bean
    DefaultCookieSerializerCustomizer secureSessionCookie() {
        return serializer -> {
            if (publicUrl.configured()) {
                serializer.setUseSecureCookie(publicUrl.https());
            }
        };
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    /**
     * No Micrometer observation per security filter: with an observation registry present, every
     * request ran through a decorator that opened an observation around each of some fifteen
     * filters, a visible share of server CPU under load (docs/PERFORMANCE.md), and nothing reads
     * those spans. Requests are still observed once by Spring MVC. Authentication and
     * authorisation themselves are unchanged.
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    UserDetailsService userDetailsService(UserRepository users) {
        return username -> users.findLogin(username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    /**
     * Passwords are checked by Spring Security's own provider (Argon2id; an unknown username costs
     * the same hash, so timing does not tell whether it exists), behind the sign-in throttle.
     */
    @Bean
    AuthenticationProvider passwordSignIn(UserDetailsService users, PasswordEncoder passwordEncoder,
            LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        return new ThrottledPasswords(passwords, throttle);
    }

    /** Every request learns its client (address through trusted proxies only, device) before security runs. */
    @Bean
    FilterRegistrationBean<ClientFilter> clientFilter(SecurityProperties properties) {
        FilterRegistrationBean<ClientFilter> registration = new FilterRegistrationBean<>(
                new ClientFilter(new TrustedProxies(properties.trustedProxies())));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /**
     * Prometheus metrics (operations): for an admin's API token or the scrape token in
     * MITRA_METRICS_TOKEN; counts and timings only, never anyone's entries.
     */
    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, Tokens tokens, ProblemEntryPoint problems,
            @Value("${mitra.metrics.token:}") String scrapeToken) throws Exception {
        http.securityMatcher("/actuator/prometheus")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAnyRole(Account.ADMIN.toUpperCase(Locale.ROOT), MetricsTokenFilter.SCRAPER))
                .addFilterBefore(new MetricsTokenFilter(scrapeToken), BasicAuthenticationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return headers(http).build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenCreation(HttpSecurity http, ProblemEntryPoint problems) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/v1/tokens"))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems));
        return headers(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, Tokens tokens, ProblemEntryPoint problems) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/v1/accounts").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new BearerTokenFilter(tokens), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return headers(http).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(HttpSecurity http, SignInHandlers signIn, SignInRequired signInRequired,
            SecurityProperties properties, Clock clock, SecondFactorRules secondFactors) throws Exception {
        // after the public pages, every page needs a complete sign-in: with the account's second factor,
        // if it has one (SecondFactorRules adds those rules and the catch-all)
        http.authorizeHttpRequests(requests -> secondFactors.authorize(requests
                        .requestMatchers("/login", "/signup", "/css/**", "/js/**", "/img/**", "/webjars/**",
                                "/favicon.ico", "/manifest.webmanifest", "/error", "/actuator/health",
                                "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                                "/swagger-ui/**").permitAll()
                        // a clinician opens a share link without an account; its controller shows that report only
                        .requestMatchers(HttpMethod.GET, "/shared/*", "/shared/*/report.pdf").permitAll()))
                .formLogin(form -> form.loginPage("/login").successHandler(signIn).failureHandler(signIn).permitAll())
                .addFilterAfter(new SessionLifetimeFilter(properties.sessionMaxAge(), clock),
                        SecurityContextHolderFilter.class)
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // A session (a row in accounts_session) starts at sign-in, never for a signed-out visit: the
                // CSRF token of the sign-in and sign-up forms lives in a cookie instead (Spring Security's
                // cookie repository, loaded on every request so the cookie is set before the page is written),
                // and no page is saved for after sign-in, which always opens Today anyway.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfCookie()).csrfTokenRequestHandler(eagerCsrfToken())
                        // a stale token (another tab signed in meanwhile) leads back to the page, never to an error
                        .withObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
                            @Override
                            public <F extends CsrfFilter> F postProcess(F filter) {
                                filter.setAccessDeniedHandler(signInRequired);
                                return filter;
                            }
                        }))
                // signed out (expired, or ended elsewhere): sign in, then back to the page, nothing typed lost
                .exceptionHandling(errors -> errors.authenticationEntryPoint(signInRequired))
                .requestCache(cache -> cache.requestCache(new NullRequestCache()));
        // passkey sign-in, and where a session missing a second factor is sent (docs/decisions/0014-second-factors.md)
        secondFactors.configure(http);
        return headers(http).build();
    }

    CookieCsrfTokenRepository csrfCookie() {
        CookieCsrfTokenRepository repository = new CookieCsrfTokenRepository();
        // over https the __Host- prefix keeps a sibling subdomain from planting a token of its own
        repository.setCookieName(publicUrl.https() ? "__Host-" + CSRF_COOKIE : CSRF_COOKIE);
        repository.setCookieCustomizer(cookie -> {
            cookie.sameSite("Lax");
            if (publicUrl.configured()) {
                cookie.secure(publicUrl.https());
            }
        });
        return repository;
    }

    private static XorCsrfTokenRequestAttributeHandler eagerCsrfToken() {
        XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
        handler.setCsrfRequestAttributeName(null);
        return handler;
    }

    /**
     * Strict-Transport-Security follows the public address: always with https there (a proxy that fails
     * to say the request was secure must not drop it), never with http, and with none set only on
     * requests that came over TLS (Spring Security's default).
     */
    private HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .httpStrictTransportSecurity(hsts -> {
                    hsts.maxAgeInSeconds(31_536_000).includeSubDomains(false);
                    if (publicUrl.https()) {
                        hsts.requestMatcher(AnyRequestMatcher.INSTANCE);
                    } else if (publicUrl.configured()) {
                        hsts.disable();
                    }
                })
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
    }
}
