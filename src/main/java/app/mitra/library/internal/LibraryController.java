package app.mitra.library.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import app.mitra.common.web.NotFoundException;
import app.mitra.library.Library;

/** The library's contents (or search results) and one article with its evidence level, date and sources. */
@Controller
class LibraryController {

    private final Library library;

    LibraryController(Library library) {
        this.library = library;
    }

    @GetMapping("/library")
    String index(@RequestParam(required = false) String q, Model model) {
        boolean searching = q != null && !q.isBlank();
        model.addAttribute("q", q);
        model.addAttribute("articles", searching ? library.search(q) : library.articles());
        model.addAttribute("searching", searching);
        return "library/index";
    }

    @GetMapping("/library/{slug}")
    String article(@PathVariable String slug, Model model) {
        model.addAttribute("article", library.article(slug).orElseThrow(() -> new NotFoundException("Article")));
        return "library/article";
    }
}
