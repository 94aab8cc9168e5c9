package io.wirewatch.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Text length, linked text length and comma count of every element of a tree, computed bottom-up in a
 * single pass. Scoring asks these questions of thousands of elements; answering each with
 * {@code element.text()} would make extraction quadratic in the page size.
 */
final class TextStats {

    /**
     * Counts of one element's text.
     *
     * @param looseChars  characters of the text an element holds next to its block children, outside
     *                    any paragraph (text nodes and inline elements between the blocks)
     * @param looseCommas commas in that text
     */
    record Counts(int chars, int linkChars, int commas, int looseChars, int looseCommas) {

        static final Counts EMPTY = new Counts(0, 0, 0, 0, 0);

        /** The share of the text inside links; 0 for an element without text. */
        double linkDensity() {
            return chars == 0 ? 0 : (double) linkChars / chars;
        }
    }

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    static TextStats of(Element root) {
        TextStats stats = new TextStats();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                // children first: everything happens in tail
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    stats.counts.put(element, stats.sumChildren(element));
                }
            }
        }, root);
        return stats;
    }

    private Counts sumChildren(Element element) {
        int chars = 0;
        int linkChars = 0;
        int commas = 0;
        int looseChars = 0;
        int looseCommas = 0;
        boolean hasBlocks = false;
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                String value = text.getWholeText();
                int length = visibleLength(value);
                int textCommas = commas(value);
                chars += length;
                commas += textCommas;
                looseChars += length;
                looseCommas += textCommas;
            } else if (child instanceof Element childElement) {
                Counts c = get(childElement);
                chars += c.chars();
                linkChars += c.linkChars();
                commas += c.commas();
                if (Blocks.isBlock(childElement)) {
                    hasBlocks = true;
                } else {
                    looseChars += c.chars() - c.linkChars();
                    looseCommas += c.commas();
                }
            }
        }
        if (element.nameIs("a")) {
            linkChars = chars;
        }
        // Without block children the element is a paragraph itself; loose text is what sits between blocks.
        return hasBlocks ? new Counts(chars, linkChars, commas, looseChars, looseCommas)
                : new Counts(chars, linkChars, commas, 0, 0);
    }

    Counts get(Element element) {
        return counts.getOrDefault(element, Counts.EMPTY);
    }

    /** Length without whitespace, so indentation in the source does not count as text. */
    private static int visibleLength(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                length++;
            }
        }
        return length;
    }

    /** Commas of Latin, Arabic and CJK scripts: a sign of running prose rather than labels. */
    private static int commas(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                count++;
            }
        }
        return count;
    }
}
