package io.wirewatch.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;

/**
 * Finds the block with the most paragraph text and returns its paragraphs. Each paragraph scores its
 * parent fully and its grandparent half, so an article whose paragraphs sit in several sibling
 * wrappers still wins as a whole over a single wrapper (a simplified Readability scoring).
 */
final class MainText {

    /** Paragraph-like elements that make up an article body. */
    private static final String PARAGRAPHS = "p, h2, h3, blockquote, li";
    /** Paragraphs shorter than this are labels, buttons and datelines rather than prose. */
    private static final int MIN_PARAGRAPH_CHARS = 25;
    /** Above one half so two balanced sibling wrappers lose to their common parent; below one so a lone wrapper wins. */
    private static final double GRANDPARENT_WEIGHT = 0.75;

    private MainText() {
    }

    /** The main text of a cleaned tree, paragraphs joined by a blank line; "" when there is none. */
    static String of(Element root) {
        Element best = densestContainer(root);
        if (best == null) {
            return root.text().trim();
        }
        List<String> paragraphs = new ArrayList<>();
        for (Element element : best.select(PARAGRAPHS)) {
            if (hasParagraphAncestorBelow(element, best)) {
                continue; // its text is already part of an enclosing paragraph (e.g. <li><p>)
            }
            String text = element.text().trim();
            boolean heading = element.is("h2, h3");
            if (text.isEmpty() || Boilerplate.isMostlyLinks(element) || (!heading && text.length() < MIN_PARAGRAPH_CHARS && element.is("li"))) {
                continue;
            }
            paragraphs.add(text);
        }
        return String.join("\n\n", paragraphs);
    }

    private static Element densestContainer(Element root) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element paragraph : root.select("p")) {
            int length = paragraph.text().trim().length();
            if (length < MIN_PARAGRAPH_CHARS || Boilerplate.isMostlyLinks(paragraph)) {
                continue;
            }
            Element parent = paragraph.parent();
            if (parent != null) {
                scores.merge(parent, (double) length, Double::sum);
                Element grandparent = parent.parent();
                if (grandparent != null) {
                    scores.merge(grandparent, length * GRANDPARENT_WEIGHT, Double::sum);
                }
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            if (entry.getValue() > bestScore) {
                bestScore = entry.getValue();
                best = entry.getKey();
            }
        }
        return best;
    }

    private static boolean hasParagraphAncestorBelow(Element element, Element top) {
        for (Element parent = element.parent(); parent != null && parent != top; parent = parent.parent()) {
            if (parent.is(PARAGRAPHS)) {
                return true;
            }
        }
        return false;
    }
}
