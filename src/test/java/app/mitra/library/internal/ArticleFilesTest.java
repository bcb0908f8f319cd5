package app.mitra.library.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import app.mitra.library.Article;
import app.mitra.library.Library;

/** The shipped articles pass their checks, cover the topics the issue lists, and broken ones are refused by name. */
class ArticleFilesTest {

    private static final List<Article> SHIPPED = ArticleFiles.load();
    private static final String GOOD = """
            ---
            title: Tea
            summary: How people brew it.
            evidence: weak
            asOf: 2026-11-25
            order: 1
            sources:
            - A study | https://example.org/study | 2020
            ---
            ## Brewing

            See [the safety page](/library/other#risks) and [this section](#brewing).
            """;
    private static final String OTHER = GOOD.substring(0, GOOD.indexOf("## Brewing")).replace("title: Tea", "title: Other")
            + "## Risks\n\nPlain text.\n";

    @Test
    void everyShippedArticleCitesAtLeastOneSourceWithAWebAddress() {
        assertThat(SHIPPED).hasSizeGreaterThanOrEqualTo(10);
        assertThat(SHIPPED).allSatisfy(article -> {
            assertThat(article.sources()).as(article.slug()).isNotEmpty();
            assertThat(article.sources()).allSatisfy(source -> assertThat(source.url()).startsWith("http"));
            assertThat(article.evidence()).isIn(ArticleFiles.EVIDENCE);
            assertThat(article.asOf()).matches("\\d{4}-\\d{2}-\\d{2}");
        });
    }

    @Test
    void theLibraryCoversWhatTheIssueAsksFor() {
        String all = String.join("\n", SHIPPED.stream().map(Article::markdown).toList()).toLowerCase();
        assertThat(all).contains("mitragynine", "mu-opioid", "cyp3a4", "half-life", "toss and wash", "capsules",
                "15-20 minutes", "strain", "why tea strength varies", "extracts", "no kratom product is approved",
                "pregnancy", "interact", "salmonella", "certificate of analysis", "withdrawal", "not legal advice",
                "randomised");
    }

    @Test
    void rawHtmlInAnArticleIsEscapedNeverRendered() {
        List<Article> articles = ArticleFiles.read(Map.of("tea", GOOD + "\n<script>alert(1)</script>\n<b onclick=x>hi</b>\n",
                "other", OTHER));
        String html = articles.stream().filter(a -> a.slug().equals("tea")).findFirst().orElseThrow().html();
        assertThat(html).doesNotContain("<script>").doesNotContain("<b onclick").contains("&lt;script&gt;");
    }

    @Test
    void headingsGetAnchorsThatLinksCanUse() {
        Article tea = ArticleFiles.read(Map.of("tea", GOOD, "other", OTHER)).stream()
                .filter(a -> a.slug().equals("tea")).findFirst().orElseThrow();
        assertThat(tea.anchors()).containsExactly("brewing");
        assertThat(tea.html()).contains("<h2 id=\"brewing\">");
    }

    @Test
    void aBrokenInternalLinkIsRefused() {
        assertThatThrownBy(() -> ArticleFiles.read(Map.of("tea", GOOD)))
                .isInstanceOf(BrokenLibraryException.class).hasMessageContaining("/library/other#risks leads nowhere");
        assertThatThrownBy(() -> ArticleFiles.read(Map.of("tea", GOOD.replace("#brewing", "#steeping"), "other", OTHER)))
                .hasMessageContaining("#steeping leads nowhere");
    }

    @Test
    void anArticleWithoutSourcesOrFrontMatterIsRefused() {
        assertThatThrownBy(() -> ArticleFiles.read(Map.of("tea", GOOD.replace("- A study | https://example.org/study | 2020\n", ""),
                "other", OTHER))).hasMessageContaining("at least one source");
        assertThatThrownBy(() -> ArticleFiles.read(Map.of("tea", "# Tea\nNo front matter.")))
                .hasMessageContaining("front matter");
        assertThatThrownBy(() -> ArticleFiles.read(Map.of("tea", GOOD.replace("evidence: weak", "evidence: great"), "other", OTHER)))
                .hasMessageContaining("evidence must be one of");
    }

    @Test
    void searchFindsArticlesByTheirWordsTitleFirst() {
        Library library = new Library(SHIPPED);
        assertThat(library.search("tea").get(0).slug()).isEqualTo("ways-to-take-it");
        assertThat(library.search("certificate of analysis").get(0).slug()).isEqualTo("contamination-and-coa");
        assertThat(library.search("liver")).extracting(Article::slug).contains("safety");
        assertThat(library.search("zebra crossing")).isEmpty();
        assertThat(library.search("  ")).hasSameSizeAs(SHIPPED);
    }
}
