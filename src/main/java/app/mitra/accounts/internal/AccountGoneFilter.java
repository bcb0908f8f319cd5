package app.mitra.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import app.mitra.common.storage.AccountGuards;

/**
 * The web app's answer to a write refused because the account was deleted meanwhile, whether a page's
 * form hit it or the browser session could not be stored (a sign-in racing the deletion): the browser
 * goes to the sign-in page, which says the account no longer exists and nothing was stored; a share
 * link whose owner is gone is not found. Runs outside Spring Session's filter so it also sees the
 * session being stored. The API answers its own problem (ApiProblems).
 */
@Component
class AccountGoneFilter extends OncePerRequestFilter implements Ordered {

    static final String SIGN_IN = "/login?gone";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!AccountGuards.refused(failure) || response.isCommitted() || request.getRequestURI()
                    .startsWith(request.getContextPath() + "/api/")) {
                throw failure;
            }
            response.reset();
            if (request.getRequestURI().startsWith(request.getContextPath() + "/shared/")) {
                response.sendError(HttpStatus.NOT_FOUND.value());
            } else if (request.getHeader("HX-Request") != null) {
                response.setHeader("HX-Redirect", request.getContextPath() + SIGN_IN);
            } else {
                response.sendRedirect(request.getContextPath() + SIGN_IN);
            }
        }
    }

    @Override
    public int getOrder() {
        return SessionRepositoryFilter.DEFAULT_ORDER - 1;
    }
}
