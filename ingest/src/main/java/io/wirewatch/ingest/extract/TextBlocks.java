package io.wirewatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Renders the article's elements as paragraphs: every block element and every {@code <br>} ends a
 * paragraph, headings and list items stay, and nested blocks that look like chrome (link lists,
 * negatively named boxes without prose, the page title) are left out.
 */
final class TextBlocks {

    /** Containers checked for being chrome inside the article (Readability's "clean conditionally"). */
    private static final java.util.Set<String> CONTAINERS =
            java.util.Set.of("div", "section", "ul", "ol", "table", "figure", "aside", "form", "dl", "header", "footer", "nav");
    /** Prose with this many commas is kept whatever its container is called. */
    private static final int PROSE_COMMAS = 10;
    /** A negatively named block shorter than this is a byline, caption or widget, not a paragraph. */
    private static final int SHORT_CHROME_CHARS = 300;

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /**
     * "Aktualisiert: 03.04.2020, 14:12", "Veröffentlicht am …", "Updated Nov 19": publication stamps
     * that pages print inside the article block, not text of the article.
     */
    private static final Pattern TIME_STAMP = Pattern.compile(
            "(?iu)(aktualisiert|veröffentlicht|publiziert|erschienen|erstellt|stand|updated|published|zuletzt geändert)\\b.*\\d.*"
                    + "|[\\d.:/, -]*\\d{1,2}[.:/]\\d{1,2}[\\d.:/, -]*(uhr)?");
    private static final int MAX_STAMP_CHARS = 60;
    /**
     * Notes about the text rather than text: "Dieser Text wurde veröffentlicht unter der Lizenz …",
     * "Dieser Artikel erschien zuerst in …", "This article was originally published by …".
     */
    private static final Pattern PUBLICATION_NOTE = Pattern.compile(
            "(?iu)(dieser|der) (text|artikel|beitrag) (wurde|ist|erschien)\\b.*\\b(veröffentlicht|erschienen|publiziert|zuerst)\\b.*"
                    + "|this (article|story) (was|first|originally)\\b.*\\b(published|appeared)\\b.*");
    private static final int MAX_NOTE_CHARS = 200;

    private final TextStats stats;
    /**
     * Labels that stand alone where an advertisement or a collapsible box's toggle was: "Anzeige",
     * "ADVERTISEMENT", "Box aufklappen Box zuklappen", "Show more".
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?iu)advertisement|anzeige|werbung|sponsored|gesponsert|publicité|pubblicità|publicidad"
                    + "|([\\p{L}-]+ )?(aufklappen|zuklappen|ausklappen|einklappen)( [\\p{L}-]+ (aufklappen|zuklappen|ausklappen|einklappen))?"
                    + "|(show|read|view) (more|less)|mehr (anzeigen|lesen)|weniger anzeigen");

    private final List<String> paragraphs = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();

    TextBlocks(TextStats stats) {
        this.stats = stats;
    }

    static List<String> of(List<Element> roots, TextStats stats) {
        TextBlocks blocks = new TextBlocks(stats);
        for (Element root : roots) {
            blocks.render(root);
            blocks.flush();
        }
        return blocks.paragraphs;
    }

    /**
     * Renders one root. Jsoup's traversal keeps its own stack, so a page nested 100,000 levels deep
     * cannot exhaust the thread's; {@code TextBlocksTest} holds it to the plain recursive form.
     */
    private void render(Element root) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    append(text.text());
                } else if (node instanceof Element element) {
                    if (element.nameIs("br")) {
                        flush();
                    } else if (node != root && isChrome(element)) {
                        return FilterResult.SKIP_ENTIRELY;
                    } else if (Blocks.isBlock(element)) {
                        flush();
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element && Blocks.isBlock(element)) {
                    flush();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    boolean isChrome(Element element) {
        if (element.nameIs("h1")) {
            return true; // the headline is metadata, not body text
        }
        TextStats.Counts counts = stats.get(element);
        if (element.nameIs("li") || element.nameIs("p")) {
            return counts.chars() > 0 && counts.linkDensity() > 0.8 && counts.chars() < 200
                    || ClassWeight.of(element) < 0 && counts.chars() < SHORT_CHROME_CHARS;
        }
        if (!CONTAINERS.contains(element.normalName()) || counts.commas() >= PROSE_COMMAS) {
            return false;
        }
        double linkDensity = counts.linkDensity();
        int weight = ClassWeight.of(element);
        return linkDensity > 0.5 || (weight < 0 && (linkDensity > 0.2 || counts.chars() < SHORT_CHROME_CHARS));
    }

    /** Adds running text to the current paragraph. */
    void append(String text) {
        current.append(text);
    }

    /** The paragraphs rendered so far. */
    List<String> paragraphs() {
        return paragraphs;
    }

    /** Ends the current paragraph. */
    void flush() {
        String text = WHITESPACE.matcher(current.toString().strip()).replaceAll(" ");
        current.setLength(0);
        if (!text.isEmpty() && !(text.length() <= MAX_STAMP_CHARS && TIME_STAMP.matcher(text).matches())
                && !LABEL.matcher(text).matches()
                && !(text.length() <= MAX_NOTE_CHARS && PUBLICATION_NOTE.matcher(text).matches())) {
            paragraphs.add(text);
        }
    }
}
