package app.mitra.accounts.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import app.mitra.accounts.Client;

/** Names the client of every request once ({@link Client}), before security or anything else reads it. */
class ClientFilter extends OncePerRequestFilter {

    private final TrustedProxies proxies;

    ClientFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = TrustedProxies.readable(
                proxies.clientAddress(request.getRemoteAddr(), request.getHeader("X-Forwarded-For")));
        request.setAttribute(Client.ATTRIBUTE, new Client(address, Devices.describe(request.getHeader("User-Agent"))));
        chain.doFilter(request, response);
    }
}
