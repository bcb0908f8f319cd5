package app.mitra.library;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * One library article: what it says (Markdown, and the HTML rendered from it with raw HTML escaped),
 * how strong the evidence behind it is, when it was last checked, and its sources. {@code anchors} are
 * the ids of its headings, which "learn more" links may point at.
 */
public record Article(String slug, int order, String title, String summary, String evidence, String asOf,
        List<String> topics, List<ArticleSource> sources, String markdown, @JsonIgnore String html,
        @JsonIgnore List<String> anchors) {

    public Article {
        topics = List.copyOf(topics);
        sources = List.copyOf(sources);
        anchors = List.copyOf(anchors);
    }

    public String path() {
        return "/library/" + slug;
    }
}
