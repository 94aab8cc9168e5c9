package io.wirewatch.ingest.extract;

import java.util.List;

import org.jsoup.nodes.Element;

/**
 * The main text of a cleaned tree: the {@link ArticleCandidates} rendered by {@link TextBlocks},
 * paragraphs joined by a blank line.
 */
final class MainText {

    private MainText() {
    }

    /** The main text, or the whole text when no block reads like an article; "" for an empty tree. */
    static String of(Element root) {
        TextStats stats = TextStats.of(root);
        List<Element> content = ArticleCandidates.find(root, stats);
        if (content.isEmpty()) {
            return root.text().trim();
        }
        return String.join("\n\n", TextBlocks.of(content, stats));
    }
}
