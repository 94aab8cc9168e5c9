package io.wirewatch.ingest.extract;

import java.util.Set;

import org.jsoup.nodes.Element;

/** Which HTML elements start a new block of text, and which of those hold prose rather than other blocks. */
final class Blocks {

    /** Elements that break the flow of text: their content is a paragraph of its own. */
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "center", "dd", "details", "dir",
            "div", "dl", "dt", "fieldset", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
            "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "th", "thead", "tr", "ul");

    private Blocks() {
    }

    static boolean isBlock(Element element) {
        return BLOCK_TAGS.contains(element.normalName());
    }

    /**
     * A paragraph for scoring: p, pre and td, and — because many pages build text from bare divs with
     * {@code <br>} line breaks — any div or section holding no other block.
     */
    static boolean isParagraph(Element element) {
        switch (element.normalName()) {
            case "p", "pre", "td", "blockquote":
                return true;
            case "div", "section", "article", "font", "center":
                for (Element child : element.children()) {
                    if (isBlock(child)) {
                        return false;
                    }
                }
                return true;
            default:
                return false;
        }
    }
}
