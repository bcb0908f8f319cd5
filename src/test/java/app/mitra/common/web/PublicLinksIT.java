package app.mitra.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import app.mitra.testing.Api;
import app.mitra.testing.MitraOnSqlite;
import app.mitra.testing.RawHttp;

/**
 * Without MITRA_PUBLIC_URL, links are built on the server's own address and port, never on the Host a
 * request names; plain http means no HSTS and no Secure cookies. A share link's pages keep their token
 * out of Referer headers and search engines.
 */
@MitraOnSqlite
class PublicLinksIT {

    @LocalServerPort
    int port;

    @Test
    void aShareLinkIsBuiltOnTheServersOwnAddressNotTheHostHeader() {
        RawHttp.Answer answer = share(new Api(port).newUser(), "Host: evil.example");
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.body()).contains("\"url\":\"http://localhost:" + port + "/shared/").doesNotContain("evil");
    }

    @Test
    void theOpenApiDocumentNamesTheServersOwnAddress() {
        RawHttp.Answer document = RawHttp.get(port, "/v3/api-docs", "Host: evil.example");
        assertThat(document.body()).contains("\"url\":\"http://localhost:" + port + "\"").doesNotContain("evil");
    }

    @Test
    void plainHttpGetsNoHstsAndNoSecureCookies() {
        RawHttp.Answer login = RawHttp.get(port, "/login");
        assertThat(login.header("strict-transport-security")).isNull();
        assertThat(login.header("set-cookie")).contains("MITRA_CSRF=").doesNotContain("Secure");
    }

    @Test
    void everythingAShareLinkOpensKeepsItsTokenOutOfRefererAndSearchEngines() {
        Api.User user = new Api(port).newUser();
        String url = share(user).body().replaceAll(".*\"url\":\"http://[^/]+(/shared/[^\"]+)\".*", "$1");
        Api api = new Api(port);
        api.delete(user, "/api/v1/shares/" + api.get(user, "/api/v1/shares").json().get("items").get(0).get("id").asString());
        for (String path : new String[] { url, url + "/report.pdf", "/shared/" + UUID.randomUUID(),
                "/shared/" + UUID.randomUUID() + "/report.pdf" }) {
            RawHttp.Answer answer = RawHttp.get(port, path);
            assertThat(answer.status()).as(path).isIn(404, 410);
            assertThat(answer.header("x-robots-tag")).as(path).isEqualTo("noindex, nofollow");
            assertThat(answer.header("referrer-policy")).as(path).isEqualTo("no-referrer");
        }
        String live = share(user).body().replaceAll(".*\"url\":\"http://[^/]+(/shared/[^\"]+)\".*", "$1");
        for (String path : new String[] { live, live + "/report.pdf" }) {
            RawHttp.Answer answer = RawHttp.get(port, path);
            assertThat(answer.status()).as(path).isEqualTo(200);
            assertThat(answer.header("x-robots-tag")).as(path).isEqualTo("noindex, nofollow");
            assertThat(answer.header("referrer-policy")).as(path).isEqualTo("no-referrer");
        }
        assertThat(RawHttp.get(port, "/login").header("referrer-policy")).isEqualTo("same-origin");
    }

    private RawHttp.Answer share(Api.User user, String... headers) {
        String[] all = new String[headers.length + 1];
        all[0] = "Authorization: Bearer " + user.token();
        System.arraycopy(headers, 0, all, 1, headers.length);
        return RawHttp.sendBody(port, "POST", "/api/v1/shares", "application/json", "{\"expiresInDays\": 1}", all);
    }
}
