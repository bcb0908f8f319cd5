package app.mitra.reports.internal.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import app.mitra.common.web.QrCodes;
import app.mitra.reports.JournalSeed;
import app.mitra.testing.Api;
import app.mitra.testing.Api.Answer;
import app.mitra.testing.Api.User;
import app.mitra.testing.Browser;
import app.mitra.testing.MitraOnSqlite;

/** Share links: open without an account, show only their sections, log each view, expire and revoke. */
@MitraOnSqlite
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SharesIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private Api api;
    private User user;

    @BeforeAll
    void aWeekOfJournal() {
        api = new Api(port);
        user = api.newUser();
        JournalSeed.write(api, user, 7);
    }

    private Answer share(String body) {
        return api.post(user, "/api/v1/shares", body);
    }

    private static String path(Answer created) {
        return URI.create(created.text("url")).getPath();
    }

    @Test
    void aLinkOpensTheChosenSectionsWithoutAnAccountAndEveryViewIsLogged() {
        Answer created = share("{\"expiresInDays\": 7, \"sections\": [\"summary\", \"medications\"]}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text("url")).startsWith("http://localhost:" + port + "/shared/");
        String token = path(created).substring("/shared/".length());
        assertThat(token.length()).as("256 random bits, base64url").isEqualTo(43);

        Answer page = api.send("GET", path(created), null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Xanax 0.5 mg as needed").contains("21 doses on 7 of 90 days")
                .doesNotContain("Doses and daily totals").doesNotContain(user.username())
                .doesNotContain("/today\" class").doesNotContain("Sign out");
        assertThat(JournalSeed.bytes(port, path(created) + "/report.pdf", null).statusCode()).isEqualTo(200);

        Answer list = api.get(user, "/api/v1/shares");
        var mine = list.json().get("items").get(0);
        assertThat(mine.get("id").asString()).isEqualTo(created.text("id"));
        assertThat(mine.get("sections").toString()).isEqualTo("[\"summary\",\"medications\"]");
        assertThat(mine.get("views")).hasSize(2);
        assertThat(mine.get("views").get(0).get("kind").asString()).isEqualTo("pdf");
        assertThat(mine.has("url")).as("the url is shown once").isFalse();
        assertThat(jdbc.sql("select count(*) from reports_share where token_hash = :t or token_hash = :h")
                .param("t", token).param("h", Shares.hash(token)).query(Long.class).single())
                .as("only the hash is stored").isEqualTo(1L);
        assertThat(jdbc.sql("select token_hash from reports_share where id = :id").param("id", created.text("id"))
                .query(String.class).single()).isNotEqualTo(token);
    }

    @Test
    void aLinkMadeOnTheWebIsShownOnceAsTextToSelectWithAQrCodeOfItAndACopyButtonForScriptsToShow() {
        Browser browser = new Browser(port);
        browser.signIn(user.username(), Api.PASSWORD);
        Document made = Jsoup.parse(browser.submit("/shares", "/shares",
                Map.of("expiresInDays", "7", "sections", "summary")).body());
        String url = made.selectFirst("#new-share code#share-url").text();
        assertThat(url).startsWith("http://localhost:" + port + "/shared/");
        assertThat(made.selectFirst("#new-share img.qr").attr("src")).isEqualTo(QrCodes.svgDataUri(url));
        // Without a script the button stays hidden and a tap selects the whole link (user-select: all).
        assertThat(made.selectFirst("#new-share button.copy").hasAttr("hidden")).isTrue();
        assertThat(made.selectFirst("#new-share button.copy").attr("data-copy")).isEqualTo("#share-url");
        assertThat(Jsoup.parse(browser.get("/shares").body()).select("#new-share")).isEmpty();
    }

    @Test
    void aRevokedLinkIsGoneAndStaysListedWithItsViews() {
        Answer created = share("{\"expiresInDays\": 1, \"sections\": [\"pain\"]}");
        assertThat(api.send("GET", path(created), null, null).status()).isEqualTo(200);
        assertThat(api.delete(user, "/api/v1/shares/" + created.text("id")).status()).isEqualTo(204);
        Answer gone = api.send("GET", path(created), null, null);
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.body()).contains("This link no longer works").doesNotContain(user.username());
        assertThat(JournalSeed.bytes(port, path(created) + "/report.pdf", null).statusCode()).isEqualTo(410);
        var listed = api.get(user, "/api/v1/shares").json().get("items").get(0);
        assertThat(listed.get("revokedAt").isNull()).isFalse();
        assertThat(listed.get("views")).hasSize(1);
    }

    @Test
    void anExpiredLinkIsGone() {
        Answer created = share("{\"expiresInDays\": 1}");
        jdbc.sql("update reports_share set expires_at = :past where id = :id")
                .param("past", System.currentTimeMillis() - 1).param("id", created.text("id")).update();
        assertThat(api.send("GET", path(created), null, null).status()).isEqualTo(410);
    }

    @Test
    void theNotesSectionShowsJournalNotesInThePersonsWords() {
        Answer created = share("{\"expiresInDays\": 2, \"sections\": [\"notes\"]}");

        Answer page = api.send("GET", path(created), null, null);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Flare · rough · rain, heat pad · Stayed in, day 2")
                .contains("Stiff after a long drive").doesNotContain("Doses and daily totals");
    }

    @Test
    void anUnknownLinkIsNotFound() {
        assertThat(api.send("GET", "/shared/" + "A".repeat(43), null, null).status()).isEqualTo(404);
        assertThat(api.send("GET", "/shared/x", null, null).status()).isEqualTo(404);
    }

    @Test
    void expiryFromOneToThirtyDaysAndKnownSectionsOnly() {
        assertThat(share("{\"expiresInDays\": 0}").errorFields()).containsExactly("expiresInDays");
        assertThat(share("{\"expiresInDays\": 31}").errorFields()).containsExactly("expiresInDays");
        assertThat(share("{}").errorFields()).containsExactly("expiresInDays");
        assertThat(share("{\"expiresInDays\": 3, \"sections\": [\"diary\"]}").errorFields()).containsExactly("sections");
        assertThat(share("{\"expiresInDays\": 30}").status()).isEqualTo(201);
    }

    @Test
    void anotherPersonCannotSeeOrRevokeALink() {
        Answer created = share("{\"expiresInDays\": 5}");
        User stranger = api.newUser();
        assertThat(api.delete(stranger, "/api/v1/shares/" + created.text("id")).status()).isEqualTo(404);
        assertThat(api.delete(stranger, "/api/v1/shares/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.get(stranger, "/api/v1/shares").json().get("items")).isEmpty();
        assertThat(api.send("GET", path(created), null, null).status()).as("still open").isEqualTo(200);
    }

    @Test
    void theSharePathsOpenNothingElseWithoutAnAccount() {
        assertThat(api.send("GET", "/shared/abc/other", null, null).status()).isIn(302, 401, 404);
        assertThat(api.send("GET", "/api/v1/shares", null, null).status()).isEqualTo(401);
        assertThat(api.send("GET", "/shares", null, null).status()).isEqualTo(302);
    }
}
