package app.mitra.library.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import app.mitra.library.Article;
import app.mitra.library.ArticleSource;

/**
 * Reads {@code library/*.md}: a front matter block between {@code ---} lines ({@code key: value} lines,
 * and {@code - title | url | year} lines under {@code sources:}), then the Markdown. Every article must
 * have a title, a summary, an evidence level, an as-of date and at least one source with a web address,
 * and every link inside the app must lead to an article (and heading) or a page that exists.
 */
public final class ArticleFiles {

    public static final Set<String> EVIDENCE = Set.of("strong", "moderate", "weak", "mixed");
    /** Pages outside the library an article may link to. */
    static final Set<String> APP_PAGES = Set.of("/legal/travel", "/tools", "/tools/capsules", "/tools/tea",
            "/tools/extract", "/tools/teaspoons", "/safety", "/safety/help", "/taper", "/products");

    private ArticleFiles() {
    }

    public static List<Article> load() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:library/*.md");
            Map<String, String> texts = new HashMap<>();
            for (Resource file : files) {
                String name = file.getFilename();
                texts.put(name.substring(0, name.length() - ".md".length()),
                        file.getContentAsString(StandardCharsets.UTF_8));
            }
            return read(texts);
        } catch (IOException e) {
            throw new UncheckedIOException("The library articles cannot be read", e);
        }
    }

    /** Parses and checks articles given as slug → file text; every problem of every article is reported at once. */
    public static List<Article> read(Map<String, String> texts) {
        List<String> problems = new ArrayList<>();
        List<Article> articles = new ArrayList<>();
        Map<String, List<String>> links = new HashMap<>();
        texts.forEach((slug, text) -> {
            try {
                Parsed parsed = parse(slug, text);
                articles.add(parsed.article());
                links.put(slug, parsed.links());
            } catch (IllegalArgumentException e) {
                problems.add(slug + ": " + e.getMessage());
            }
        });
        if (articles.isEmpty() && problems.isEmpty()) {
            problems.add("no articles under library/");
        }
        Map<String, Article> bySlug = new HashMap<>();
        articles.forEach(article -> bySlug.put(article.slug(), article));
        links.forEach((slug, targets) -> targets.stream()
                .filter(target -> !resolves(target.startsWith("#") ? "/library/" + slug + target : target, bySlug))
                .forEach(target -> problems.add(slug + ": the link " + target + " leads nowhere")));
        if (!problems.isEmpty()) {
            throw new BrokenLibraryException(problems);
        }
        return articles;
    }

    /** An outside link, a page of the app, or an article (and one of its headings) that exists. */
    static boolean resolves(String target, Map<String, Article> articles) {
        if (target.startsWith("https://") || target.startsWith("http://")) {
            return true;
        }
        String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        if (APP_PAGES.contains(path) && anchor == null) {
            return true;
        }
        if (!path.startsWith("/library/")) {
            return false;
        }
        Article article = articles.get(path.substring("/library/".length()));
        return article != null && (anchor == null || article.anchors().contains(anchor));
    }

    private record Parsed(Article article, List<String> links) {
    }

    private static Parsed parse(String slug, String text) {
        if (!slug.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("file names are lower-case words joined by hyphens");
        }
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n") || normalised.indexOf("\n---\n", 4) < 0) {
            throw new IllegalArgumentException("the file starts with a front matter block between --- lines");
        }
        int end = normalised.indexOf("\n---\n", 4);
        Map<String, String> fields = new HashMap<>();
        List<ArticleSource> sources = new ArrayList<>();
        for (String line : normalised.substring(4, end).split("\n")) {
            if (line.startsWith("- ")) {
                sources.add(source(line.substring(2)));
            } else if (line.contains(":")) {
                fields.put(line.substring(0, line.indexOf(':')).trim(), line.substring(line.indexOf(':') + 1).trim());
            }
        }
        String markdown = normalised.substring(end + 5);
        List<String> missing = List.of("title", "summary", "evidence", "asOf", "order").stream()
                .filter(key -> fields.getOrDefault(key, "").isBlank()).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("front matter needs " + String.join(", ", missing));
        }
        if (!EVIDENCE.contains(fields.get("evidence"))) {
            throw new IllegalArgumentException("evidence must be one of " + EVIDENCE);
        }
        if (!fields.get("asOf").matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException("asOf must be a date like 2026-11-25");
        }
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("an article cites at least one source");
        }
        Markdown.Rendered rendered = Markdown.render(markdown);
        List<String> topics = fields.getOrDefault("topics", "").isBlank() ? List.of()
                : List.of(fields.get("topics").split("\\s*,\\s*"));
        Article article = new Article(slug, Integer.parseInt(fields.get("order")), fields.get("title"),
                fields.get("summary"), fields.get("evidence"), fields.get("asOf"), topics, sources, markdown,
                rendered.html(), rendered.anchors());
        return new Parsed(article, rendered.links());
    }

    private static ArticleSource source(String line) {
        String[] parts = line.split("\\s*\\|\\s*");
        if (parts.length < 2 || !parts[1].matches("https?://\\S+")) {
            throw new IllegalArgumentException("a source is \"- title | https://address | year\": " + line);
        }
        Integer year = parts.length > 2 && parts[2].matches("\\d{4}") ? Integer.valueOf(parts[2]) : null;
        return new ArticleSource(parts[0].trim(), parts[1].trim(), year);
    }
}
