package app.mitra.common.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class BodyLimitFilterTest {

    private final Limits limits = new Limits(DataSize.ofBytes(100), null, DataSize.ofBytes(10), null, null, null, null,
            null, null, null);
    private final BodyLimitFilter filter = new BodyLimitFilter(limits,
            List.of(UploadPaths.of(Limit.IMPORT_BYTES, "/api/v1/import", "/settings/data/import")),
            JsonMapper.builder().build());

    @Test
    void anApiBodyDeclaredLargerThanItsPathsLimitIsAnsweredWithTheProblemUnread() throws Exception {
        MockHttpServletResponse json = run(request("/api/v1/checkins", 11), null);
        MockHttpServletResponse file = run(request("/api/v1/import", 101), null);
        MockHttpServletResponse fits = run(request("/api/v1/import", 100), null);

        assertThat(json.getStatus()).isEqualTo(413);
        assertThat(json.getContentType()).startsWith("application/problem+json");
        assertThat(json.getContentAsString()).contains("\"limit\":\"MITRA_LIMIT_JSON_BYTES\"")
                .contains("larger than this server accepts (10 bytes)");
        assertThat(file.getContentAsString()).contains("\"limit\":\"MITRA_LIMIT_IMPORT_BYTES\"");
        assertThat(fits.getStatus()).isEqualTo(200);
    }

    @Test
    void aWebFormLargerThanItsLimitGoesBackToItsPageWithTheReason() throws Exception {
        MockHttpServletRequest plain = request("/settings/data/import", 101);
        plain.addHeader("Referer", "http://localhost/settings/data");
        MockHttpServletRequest htmx = request("/settings/data/import", 101);
        htmx.addHeader("Referer", "http://localhost/settings/data");
        htmx.addHeader("HX-Request", "true");

        MockHttpServletResponse back = run(plain, null);
        MockHttpServletResponse swapped = run(htmx, null);

        assertThat(back.getStatus()).isEqualTo(303);
        assertThat(back.getHeader("Location")).isEqualTo("/settings/data");
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/settings/data");
        page.setSession(plain.getSession());
        FlashMap flash = new SessionFlashMapManager().retrieveAndUpdate(page, new MockHttpServletResponse());
        assertThat((String) flash.get(BodyLimitFilter.TOO_LARGE)).contains("larger than this server accepts (100 bytes)");
        assertThat(swapped.getHeader("HX-Redirect")).isEqualTo("/settings/data");
    }

    @Test
    void anErrorNoHandlerCaughtIsAnsweredAsAProblemOnTheApi() throws Exception {
        MockHttpServletResponse answer = run(request("/api/v1/checkins", 2), new HttpServlet() {
            @Override
            protected void service(HttpServletRequest request, HttpServletResponse response) {
                throw new OutOfMemoryError("Java heap space");
            }
        });

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getContentType()).startsWith("application/problem+json");
        assertThat(answer.getContentAsString()).contains("short of memory").doesNotContain("heap");
    }

    private static MockHttpServletRequest request(String path, int length) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path);
        request.setContent(new byte[length]);
        request.setContentType("application/json");
        return request;
    }

    private MockHttpServletResponse run(MockHttpServletRequest request, HttpServlet servlet) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = servlet == null ? new MockFilterChain() : new MockFilterChain(servlet);
        filter.doFilter(request, response, chain);
        return response;
    }
}
