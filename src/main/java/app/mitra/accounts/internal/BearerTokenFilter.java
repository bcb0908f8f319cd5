package app.mitra.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import app.mitra.accounts.ApiToken;
import app.mitra.accounts.Client;
import app.mitra.accounts.Tokens;

/**
 * Signs in API requests that carry {@code Authorization: Bearer <token>}. An unknown or expired
 * token leaves the request anonymous, so the API answers 401. The authentication's details name the
 * token, so a change made with it can keep it while ending the others.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final Tokens tokens;

    BearerTokenFilter(Tokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            String secret = header.substring(PREFIX.length()).trim();
            if (!secret.isEmpty() && secret.length() < 200) {
                tokens.authenticate(secret, Client.current()).ifPresent(owner -> {
                    UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken
                            .authenticated(owner.user(), null, owner.user().getAuthorities());
                    authentication.setDetails(new ApiToken(owner.tokenId()));
                    SecurityContext context = SecurityContextHolder.createEmptyContext();
                    context.setAuthentication(authentication);
                    SecurityContextHolder.setContext(context);
                });
            }
        }
        chain.doFilter(request, response);
    }
}
