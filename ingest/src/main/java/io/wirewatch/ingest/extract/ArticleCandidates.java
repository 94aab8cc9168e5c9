package io.wirewatch.ingest.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold the article, Readability style: every paragraph scores its ancestors
 * (by commas and length, less the further up), the best-scoring container after a link-density
 * penalty wins, and its siblings join when they score close to it or read like article paragraphs.
 */
final class ArticleCandidates {

    /** Paragraphs shorter than this are labels, buttons and datelines rather than prose. */
    static final int MIN_PARAGRAPH_CHARS = 25;
    /** How many ancestors a paragraph's score reaches. */
    private static final int ANCESTOR_LEVELS = 5;
    /** A sibling joins the article when it scores at least this share of the winner. */
    private static final double SIBLING_SHARE = 0.2;
    /** Unscored siblings longer than this with few links are article text the scoring split off. */
    private static final int LONG_SIBLING_CHARS = 70;
    /** Longer unscored boxes are not a lead but some other text (a comment, a teaser list). */
    private static final int MAX_LEAD_CHARS = 1000;
    private static final Pattern ENDS_LIKE_SENTENCE = Pattern.compile("[.!?…\"“”»«]\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…\"“”»«][\\s\\p{Z}]|[.!?…\"“”»«]$");

    private final TextStats stats;
    private final Map<Element, Double> scores = new IdentityHashMap<>();

    private ArticleCandidates(TextStats stats) {
        this.stats = stats;
    }

    /** The article's elements in document order; empty when the page has no paragraph of prose. */
    static List<Element> find(Element root, TextStats stats) {
        return new ArticleCandidates(stats).select(root);
    }

    private List<Element> select(Element root) {
        scoreParagraphs(root);
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            double score = entry.getValue() * (1 - stats.get(entry.getKey()).linkDensity());
            entry.setValue(score);
            if (score > topScore) {
                topScore = score;
                top = entry.getKey();
            }
        }
        if (top == null) {
            return List.of();
        }
        top = climbToBetterParent(top, root);
        return withSiblings(top, root);
    }

    private void scoreParagraphs(Element root) {
        for (Element element : root.getAllElements()) {
            TextStats.Counts counts = stats.get(element);
            if (Blocks.isParagraph(element)) {
                if (counts.chars() >= MIN_PARAGRAPH_CHARS) {
                    scoreAncestors(element.parent(), counts.chars(), counts.commas(), root);
                }
            } else if (counts.looseChars() >= MIN_PARAGRAPH_CHARS) {
                // Text written straight into a container between its blocks (paragraphs separated by <br>)
                // is a paragraph whose parent is the container (Readability wraps it in a <p>).
                scoreAncestors(element, counts.looseChars(), counts.looseCommas(), root);
            }
        }
    }

    /** A paragraph scores 1, plus its commas, plus a point per 100 characters up to 3; less further up. */
    private void scoreAncestors(Element parent, int chars, int commas, Element root) {
        double score = 1 + commas + Math.min(chars / 100, 3);
        Element ancestor = parent;
        for (int level = 0; ancestor != null && level < ANCESTOR_LEVELS; level++) {
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            scores.merge(ancestor, initialScore(ancestor) + score / divider, (old, added) -> old + score / divider);
            if (ancestor == root) {
                break;
            }
            ancestor = ancestor.parent();
        }
    }

    /**
     * The lead of an article often sits just before its body in a box of its own, next to the headline
     * and byline (an article header): its prose paragraphs — unlinked, not named like chrome, ending
     * like a sentence — join the article, the rest of the box does not.
     */
    private List<Element> leadParagraphs(Element box) {
        TextStats.Counts boxCounts = stats.get(box);
        if (boxCounts.chars() <= LONG_SIBLING_CHARS || boxCounts.chars() > MAX_LEAD_CHARS || ClassWeight.of(box) < 0) {
            return List.of();
        }
        List<Element> lead = new ArrayList<>();
        for (Element element : box.getAllElements()) {
            TextStats.Counts counts = stats.get(element);
            if (Blocks.isParagraph(element) && counts.chars() > LONG_SIBLING_CHARS && counts.linkDensity() < 0.1
                    && ClassWeight.of(element) >= 0 && ENDS_LIKE_SENTENCE.matcher(element.text()).find()
                    && (lead.isEmpty() || !element.parents().contains(lead.get(lead.size() - 1)))) {
                lead.add(element);
            }
        }
        return lead;
    }

    private static double initialScore(Element element) {
        double byTag = switch (element.normalName()) {
            case "div", "article", "section", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return byTag + ClassWeight.of(element);
    }

    /**
     * A parent that scores higher than the winner holds more of the article (the winner was one of
     * several paragraph wrappers); a single-child wrapper adds nothing and is skipped over.
     */
    private Element climbToBetterParent(Element top, Element root) {
        double last = scores.getOrDefault(top, 0.0);
        double floor = last / 3;
        for (Element parent = top.parent(); parent != null && top != root; parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                if (parent == root) {
                    break;
                }
                continue;
            }
            if (parentScore < floor) {
                break;
            }
            if (parentScore > last) {
                top = parent;
                break;
            }
            last = parentScore;
            if (parent == root) {
                break;
            }
        }
        while (top != root && top.parent() != null && top.parent() != root && top.parent().childrenSize() == 1) {
            top = top.parent();
        }
        return top;
    }

    private List<Element> withSiblings(Element top, Element root) {
        List<Element> content = new ArrayList<>();
        Element parent = top.parent();
        if (top == root || parent == null) {
            content.add(top);
            return content;
        }
        double topScore = scores.getOrDefault(top, 0.0);
        double threshold = Math.max(10, topScore * SIBLING_SHARE);
        String topClass = top.className();
        boolean beforeTop = true;
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                beforeTop = false;
                content.add(sibling);
            } else if (joins(sibling, topScore, threshold, topClass)) {
                content.add(sibling);
            } else if (beforeTop) {
                content.addAll(leadParagraphs(sibling));
            }
        }
        return content;
    }

    private boolean joins(Element sibling, double topScore, double threshold, String topClass) {
        Double score = scores.get(sibling);
        double bonus = !topClass.isEmpty() && topClass.equals(sibling.className()) ? topScore * SIBLING_SHARE : 0;
        if (score != null && score + bonus >= threshold) {
            return true;
        }
        TextStats.Counts counts = stats.get(sibling);
        if (!sibling.nameIs("p")) {
            return false;
        }
        if (counts.chars() > LONG_SIBLING_CHARS) {
            return counts.linkDensity() < 0.25;
        }
        return counts.chars() > 0 && counts.linkChars() == 0 && SENTENCE_END.matcher(sibling.text()).find();
    }
}
