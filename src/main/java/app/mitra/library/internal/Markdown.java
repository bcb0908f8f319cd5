package app.mitra.library.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML for articles written in the project: raw HTML in the text is escaped (never passed
 * through), link targets are sanitised, headings get ids so a finding can link to a section, and
 * outside links open with {@code rel="noopener noreferrer"}.
 */
final class Markdown {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS)
            .escapeHtml(true).sanitizeUrls(true)
            .attributeProviderFactory(context -> Markdown::attributes)
            .build();

    /** The rendered HTML, the ids of its headings and the targets of its links. */
    record Rendered(String html, List<String> anchors, List<String> links) {
    }

    private Markdown() {
    }

    static Rendered render(String markdown) {
        Node document = PARSER.parse(markdown);
        List<String> anchors = new ArrayList<>();
        List<String> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                anchors.add(anchor(heading));
                visitChildren(heading);
            }

            @Override
            public void visit(Link link) {
                links.add(link.getDestination());
                visitChildren(link);
            }
        });
        return new Rendered(RENDERER.render(document), anchors, links);
    }

    private static void attributes(Node node, String tag, Map<String, String> attributes) {
        if (node instanceof Heading heading) {
            attributes.put("id", anchor(heading));
        }
        if (node instanceof Link link && link.getDestination().startsWith("http")) {
            attributes.put("rel", "noopener noreferrer");
        }
    }

    static String anchor(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }
        });
        return text.toString().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
