package app.mitra.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;


/**
 * With an https public address (MITRA_PUBLIC_URL), links are built on it whatever Host a request
 * names and every answer carries HSTS, even when the proxy in front forgot to say the request came
 * over TLS (these requests arrive as plain http). The cookies: {@link SecureCookiesTest}.
 */
class HttpsDeploymentTest extends AccountPagesContext {

    @Test
    void aShareLinkIsBuiltOnThePublicAddressNotTheHostHeader() throws Exception {
        String answer = mvc.perform(post("/api/v1/shares").with(user(admin())).header("Host", "evil.example")
                        .header("X-Forwarded-Host", "evil.example").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"expiresInDays\": 1}"))
                .andReturn().getResponse().getContentAsString();
        assertThat(answer).contains("\"url\":\"https://mitra.example.org/shared/").doesNotContain("evil");
    }

    @Test
    void theOpenApiDocumentNamesThePublicAddress() throws Exception {
        String document = mvc.perform(get("/v3/api-docs").header("Host", "evil.example")).andReturn().getResponse()
                .getContentAsString();
        assertThat(document).contains("\"url\":\"https://mitra.example.org\"").doesNotContain("evil");
    }

    @Test
    void everyAnswerCarriesHstsThoughTheRequestCameAsPlainHttp() throws Exception {
        for (String path : new String[] { "/login", "/api/v1/nothing", "/css/mitra.css" }) {
            assertThat(mvc.perform(get(path)).andReturn().getResponse().getHeader("Strict-Transport-Security"))
                    .as(path).isEqualTo("max-age=31536000");
        }
    }
}
