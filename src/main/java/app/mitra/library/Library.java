package app.mitra.library;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import app.mitra.library.internal.ArticleFiles;
import app.mitra.library.internal.LearnMore;

/**
 * The articles, read and checked when the application starts (a broken article, a missing source or a
 * dead internal link stops start-up), a plain word search, and the "learn more" page for a finding.
 */
@Service
public class Library {

    private final Map<String, Article> articles;
    private final LearnMore learnMore;

    @Autowired
    Library() {
        this(ArticleFiles.load());
    }

    public Library(List<Article> articles) {
        this.articles = articles.stream().sorted(Comparator.comparingInt(Article::order))
                .collect(Collectors.toMap(Article::slug, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
        this.learnMore = LearnMore.load(this.articles);
    }

    public List<Article> articles() {
        return List.copyOf(articles.values());
    }

    public Optional<Article> article(String slug) {
        return Optional.ofNullable(slug == null ? null : articles.get(slug));
    }

    /** Articles that contain every word of the query, best first: a title match counts most, the body least. */
    public List<Article> search(String query) {
        List<String> words = Arrays.stream(query == null ? new String[0] : query.toLowerCase(Locale.ROOT).split("\\W+"))
                .filter(word -> word.length() > 1).toList();
        if (words.isEmpty()) {
            return articles();
        }
        return articles.values().stream()
                .map(article -> Map.entry(article, score(article, words)))
                .filter(entry -> entry.getValue() > 0)
                .sorted(Map.Entry.<Article, Integer>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }

    private static int score(Article article, List<String> words) {
        int total = 0;
        for (String word : words) {
            int title = article.title().toLowerCase(Locale.ROOT).contains(word) ? 6 : 0;
            int summary = (article.summary() + " " + String.join(" ", article.topics())).toLowerCase(Locale.ROOT)
                    .contains(word) ? 3 : 0;
            int body = article.markdown().toLowerCase(Locale.ROOT).contains(word) ? 1 : 0;
            if (title + summary + body == 0) {
                return 0;
            }
            total += title + summary + body;
        }
        return total;
    }

    /** The library page that explains a finding's category ({@code /library/interactions#depressants}). */
    public String learnMore(String category) {
        return learnMore.link(category);
    }
}
