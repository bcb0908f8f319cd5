package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import app.mitra.common.web.AccountGoneException;

class AccountGoneFilterTest {

    private final AccountGoneFilter filter = new AccountGoneFilter();

    private MockHttpServletResponse refused(MockHttpServletRequest request) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, (req, res) -> {
            throw new ServletException("Request processing failed", new AccountGoneException(null));
        });
        return response;
    }

    @Test
    void aPageWhoseWriteWasRefusedSendsTheBrowserToSignInWithTheReason() throws Exception {
        MockHttpServletResponse response = refused(new MockHttpServletRequest("POST", "/today/dose"));

        assertThat(response.getRedirectedUrl()).isEqualTo("/login?gone");
    }

    @Test
    void anHtmxRequestIsToldWhereToGoInsteadOfFollowingARedirect() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/today/dose");
        request.addHeader("HX-Request", "true");

        assertThat(refused(request).getHeader("HX-Redirect")).isEqualTo("/login?gone");
    }

    @Test
    void aShareLinkWhoseOwnerIsGoneIsNotFound() throws Exception {
        assertThat(refused(new MockHttpServletRequest("GET", "/shared/abc")).getStatus()).isEqualTo(404);
    }

    @Test
    void otherFailuresAndTheApiPassThrough() {
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest("GET", "/today"), response, (req, res) -> {
            throw new IllegalStateException("something else");
        })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> refused(new MockHttpServletRequest("POST", "/api/v1/doses")))
                .isInstanceOf(ServletException.class);
    }
}
