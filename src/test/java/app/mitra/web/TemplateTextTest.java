package app.mitra.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every word a person sees comes from the message bundle: a template's visible text and its
 * visible attributes must be replaced by a {@code th:} attribute. Prototype text inside an element
 * whose content Thymeleaf replaces is fine; text with no letters (a separator) is fine.
 */
class TemplateTextTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LETTER = Pattern.compile("\\p{L}");
    private static final List<String> VISIBLE_ATTRIBUTES = List.of("placeholder", "title", "aria-label", "alt",
            "label", "value");
    /** Inputs whose {@code value} is data, not words. */
    private static final List<String> DATA_INPUTS = List.of("hidden", "radio", "checkbox");

    @Test
    void templatesHaveNoHardCodedVisibleText() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                Document document = Jsoup.parse(Files.readString(file), "", Parser.xmlParser());
                for (Element element : document.getAllElements()) {
                    check(TEMPLATES.relativize(file).toString(), element, found);
                }
            }
        }
        assertThat(found).as("hard-coded visible text (use #{...} from i18n/messages.properties)").isEmpty();
    }

    @Test
    void theCheckCatchesTextAndAttributesWrittenIntoATemplate() {
        Document document = Jsoup.parse("""
                <div><p>Hello there</p><input placeholder="Your name"><p th:text="#{ok}">Prototype</p>
                <span>·</span><option value="">No product</option></div>""", "", Parser.xmlParser());
        List<String> found = new ArrayList<>();
        document.getAllElements().forEach(element -> check("sample.html", element, found));
        assertThat(found).hasSize(3);
    }

    private static void check(String file, Element element, List<String> found) {
        if (!replaced(element)) {
            for (TextNode text : element.textNodes()) {
                if (LETTER.matcher(text.text()).find()) {
                    found.add(file + ": <" + element.tagName() + "> \"" + text.text().strip() + "\"");
                }
            }
        }
        for (String attribute : VISIBLE_ATTRIBUTES) {
            String value = element.attr(attribute);
            boolean data = attribute.equals("value") && (DATA_INPUTS.contains(element.attr("type"))
                    || element.tagName().equals("option"));
            if (!data && LETTER.matcher(value).find() && !element.hasAttr("th:" + attribute)) {
                found.add(file + ": <" + element.tagName() + " " + attribute + "=\"" + value + "\">");
            }
        }
    }

    /**
     * Thymeleaf replaces this element's content: {@code th:text} here or on an ancestor, or a fragment
     * included in its place (but not a page handing its own markup to the layout with {@code ~{::...}}).
     */
    private static boolean replaced(Element element) {
        for (String attribute : List.of("th:replace", "th:insert")) {
            if (element.hasAttr(attribute) && !element.attr(attribute).contains("~{::")) {
                return true;
            }
        }
        for (Element at = element; at != null; at = at.parent()) {
            if (at.hasAttr("th:text") || at.hasAttr("th:utext")) {
                return true;
            }
        }
        return false;
    }
}
