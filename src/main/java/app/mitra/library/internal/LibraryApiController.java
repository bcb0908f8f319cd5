package app.mitra.library.internal;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.mitra.common.web.NotFoundException;
import app.mitra.library.Article;
import app.mitra.library.Library;

/** The library over the API: articles (searched with {@code q}) with their Markdown, evidence, date and sources. */
@RestController
@RequestMapping("/api/v1/library")
class LibraryApiController {

    private final Library library;

    LibraryApiController(Library library) {
        this.library = library;
    }

    @GetMapping("/articles")
    List<Article> articles(@RequestParam(required = false) String q) {
        return q == null || q.isBlank() ? library.articles() : library.search(q);
    }

    @GetMapping("/articles/{slug}")
    Article article(@PathVariable String slug) {
        return library.article(slug).orElseThrow(() -> new NotFoundException("Article " + slug));
    }
}
