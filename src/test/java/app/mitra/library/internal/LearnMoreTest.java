package app.mitra.library.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import app.mitra.library.Article;
import app.mitra.library.Library;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every finding the safety data files can produce names a category; each category has its own
 * "learn more" page (not the fallback), and every page and heading it points at exists.
 */
class LearnMoreTest {

    private static final Library LIBRARY = new Library(ArticleFiles.load());
    private static final Map<String, Article> ARTICLES = LIBRARY.articles().stream()
            .collect(Collectors.toMap(Article::slug, Function.identity()));

    @Test
    void everyFindingCategoryInTheSafetyDataHasALearnMorePageThatResolves() throws IOException {
        Set<String> categories = new TreeSet<>();
        categories.addAll(categories("safety/rulebook.json", "rules"));
        categories.addAll(categories("safety/guardrails.json", "rules"));
        categories.addAll(categories("safety/depressants.json", "classes"));
        assertThat(categories).hasSizeGreaterThan(40);
        for (String category : categories) {
            String link = LIBRARY.learnMore(category);
            assertThat(link).as(category + " has its own page").isNotEqualTo(LIBRARY.learnMore("no such category"));
            assertThat(ArticleFiles.resolves(link, ARTICLES)).as(category + " -> " + link).isTrue();
        }
    }

    @Test
    void anUnmappedCategoryFallsBackToTheSafetyArticle() {
        assertThat(LIBRARY.learnMore("something-new")).isEqualTo("/library/safety");
        assertThat(LIBRARY.learnMore(null)).isEqualTo("/library/safety");
    }

    private static Set<String> categories(String file, String list) throws IOException {
        try (InputStream in = new ClassPathResource(file).getInputStream()) {
            JsonNode root = JsonMapper.builder().build().readTree(in);
            return root.get(list).valueStream().map(node -> node.get("category").asString()).collect(Collectors.toSet());
        }
    }
}
