package app.mitra.library.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

import app.mitra.library.Article;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code library/learn-more.json}: which article (and section) explains each finding category, with a
 * default for categories it does not name. Checked against the articles at start-up, so a link can
 * never lead nowhere.
 */
public record LearnMore(String fallback, Map<String, String> categories) {

    public static final String FILE = "library/learn-more.json";

    public static LearnMore load(Map<String, Article> articles) {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return read(in, articles);
        } catch (IOException e) {
            throw new BrokenLibraryException(List.of(FILE + " cannot be read"));
        }
    }

    public static LearnMore read(InputStream in, Map<String, Article> articles) {
        LearnMore map;
        try {
            map = JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, LearnMore.class);
        } catch (RuntimeException e) {
            throw new BrokenLibraryException(List.of(FILE + ": " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        if (map.fallback() == null || !ArticleFiles.resolves(map.fallback(), articles)) {
            problems.add(FILE + ": the fallback " + map.fallback() + " is not an article");
        }
        (map.categories() == null ? Map.<String, String>of() : map.categories()).forEach((category, link) -> {
            if (!link.startsWith("/library/") || !ArticleFiles.resolves(link, articles)) {
                problems.add(FILE + ": " + category + " leads to " + link + ", which is not an article or heading");
            }
        });
        if (!problems.isEmpty()) {
            throw new BrokenLibraryException(problems);
        }
        return map;
    }

    public String link(String category) {
        return categories == null || category == null ? fallback : categories.getOrDefault(category, fallback);
    }
}
