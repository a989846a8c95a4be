package dev.streamlab.exercise;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

import java.util.List;

/**
 * Instructions and hints as HTML: CommonMark with GFM tables; fenced code keeps its language as
 * {@code class="language-scala"} for the page's highlighter. Raw HTML in the Markdown is escaped and link URLs are
 * sanitized: instructors write the files, but a course folder can come from anywhere.
 */
final class Markdown {

    private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true)
            .sanitizeUrls(true).build();

    private Markdown() {
    }

    static String toHtml(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
