package io.wirewatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes everything around an article that is not the article: page chrome, share and cookie
 * widgets, teasers and "see also" boxes, author boxes, and photo credits. Works in place.
 */
final class Boilerplate {

    /** Elements that never hold article text. */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "footer", "aside", "script", "style", "noscript", "template",
            "button", "input", "select", "textarea", "iframe", "svg", "figcaption", "object", "embed", "canvas", "dialog");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Set<String> LEAD_IN_TAGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "strong", "b", "span", "div", "li");
    private static final Set<String> CREDIT_TAGS = Set.of("p", "span", "small", "div", "em", "cite");

    /** Words publishers use in class names and ids of non-article blocks. */
    private static final Pattern BOILERPLATE_NAME = Pattern.compile(
            "(?i)share|sharing|social|cookie|consent|related|newsletter|author-?box|autorenbox|comment|kommentar"
                    + "|breadcrumb|promo|paywall|banner|sidebar|disqus|menu|pagination|pager\\b|popup|sponsor|skyscraper"
                    + "|\\bad-|-ad-|\\bads\\b|gdpr|outbrain|taboola|subscribe|abonn|login|nav\\b|navigation|modal|dialog|overlay");
    /** Names that mark the article's own containers even when they also match a boilerplate word. */
    private static final Pattern ARTICLE_NAME = Pattern.compile("(?i)article|artikel|body|column|content|main|story|text|post");

    /** Verdicts by class-and-id string: pages repeat a few names on many elements (derived, bounded). */
    private static final Map<String, Boolean> CHROME_NAMES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_NAMES = 20_000;

    /** Lead-ins of link blocks that point elsewhere. */
    private static final Pattern SEE_ALSO = Pattern.compile(
            "(?i)^\\s*(siehe auch|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|das könnte sie auch interessieren|weitere artikel)\\b.*");

    /** Photo and source credits. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^\\s*(bild|foto|fotos|bildquelle|bildnachweis|titelbild|fotograf|grafik|quelle|copyright)\\s*:.*|^\\s*©.*");

    /** A credit is a short line; a long paragraph starting with "Quelle:" is probably text. */
    private static final int MAX_CREDIT_LENGTH = 160;

    /** The page's skeleton: never removed even when a class name matches (e.g. body.cookie-consent-open). */
    private static final Set<String> PROTECTED_TAGS = Set.of("html", "head", "body", "main");

    private Boilerplate() {
    }

    /** Strips everything, including blocks whose class or id name a kind of chrome. */
    static void strip(Element root) {
        strip(root, true);
    }

    /**
     * @param byName whether to remove blocks by their class or id; a page whose article wrapper happens
     *               to carry such a name (a "sticky-sidebar" layout column) is read again without it
     */
    static void strip(Element root, boolean byName) {
        List<Element> doomed = new ArrayList<>();
        List<Element> leadIns = new ArrayList<>();
        List<Element> credits = new ArrayList<>();
        // One walk over the tree decides everything; CSS selections per rule would each walk it again.
        walk(root, byName, false, doomed, leadIns, credits);
        doomed.forEach(Element::remove);
        removeSeeAlsoBlocks(leadIns);
        for (Element credit : credits) {
            if (credit.parent() != null && credit.text().length() <= MAX_CREDIT_LENGTH) {
                credit.remove();
            }
        }
    }

    private static void walk(Element element, boolean byName, boolean inArticle, List<Element> doomed,
                             List<Element> leadIns, List<Element> credits) {
        for (Element child : element.children()) {
            if (isChrome(child, byName, inArticle)) {
                doomed.add(child);
                continue;
            }
            String ownText = null;
            if (LEAD_IN_TAGS.contains(child.normalName())) {
                // Own text only (the whole text just for headings): a lead-in is a short text of its own,
                // and asking every wrapper for its full text would make cleaning quadratic in the page size.
                ownText = child.ownText();
                if (SEE_ALSO.matcher(child.is("h1, h2, h3, h4, h5, h6") ? child.text() : ownText).matches()) {
                    leadIns.add(child);
                    continue;
                }
            }
            if (CREDIT_TAGS.contains(child.normalName()) && CREDIT.matcher(ownText == null ? child.ownText() : ownText).matches()) {
                credits.add(child); // the length check needs the whole text, so only for these few
                continue;
            }
            walk(child, byName, inArticle || child.nameIs("article") || child.nameIs("main"), doomed, leadIns, credits);
        }
    }

    /** A page header holds the site's name and menu; a header inside the article holds its lead. */
    private static boolean isChrome(Element element, boolean byName, boolean inArticle) {
        String tag = element.normalName();
        if (CHROME_TAGS.contains(tag) || (tag.equals("header") && !inArticle) || element.hasAttr("hidden")
                || element.attr("role").equals("dialog") || element.attr("aria-modal").equals("true")) {
            return true;
        }
        String style = element.attr("style");
        if (!style.isEmpty() && HIDDEN_STYLE.matcher(style).find()) {
            return true;
        }
        return byName && hasBoilerplateName(element);
    }

    private static boolean hasBoilerplateName(Element element) {
        if (PROTECTED_TAGS.contains(element.normalName()) || element.nameIs("a")) {
            return false;
        }
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return false;
        }
        String names = className + " " + id;
        return CHROME_NAMES.size() < MAX_CACHED_NAMES
                ? CHROME_NAMES.computeIfAbsent(names, Boilerplate::isChromeName)
                : isChromeName(names);
    }

    private static boolean isChromeName(String names) {
        return BOILERPLATE_NAME.matcher(names).find() && !ARTICLE_NAME.matcher(names).find();
    }

    private static void removeSeeAlsoBlocks(List<Element> leadIns) {
        for (Element element : leadIns) {
            if (element.parent() == null) {
                continue;
            }
            if (element.is("h1, h2, h3, h4, h5, h6")) {
                removeFollowingLinkLists(element);
            }
            Element container = element.parent();
            element.remove();
            // A box that held only the lead-in and its links is now chrome without a title.
            if (container != null && !PROTECTED_TAGS.contains(container.normalName()) && isMostlyLinks(container)) {
                container.remove();
            }
        }
    }

    /** After a "Mehr zum Thema" heading come the links it announces, up to the next heading. */
    private static void removeFollowingLinkLists(Element heading) {
        Element next = heading.nextElementSibling();
        while (next != null && !next.is("h1, h2, h3, h4, h5, h6") && (next.is("ul, ol") || isMostlyLinks(next))) {
            Element after = next.nextElementSibling();
            next.remove();
            next = after;
        }
    }

    /** True when links carry more than half of the element's text (or it has no text at all). */
    static boolean isMostlyLinks(Element element) {
        int total = element.text().length();
        if (total == 0) {
            return true;
        }
        Elements links = element.select("a");
        int linked = 0;
        for (Element link : links) {
            linked += link.text().length();
        }
        return linked * 2 > total;
    }
}
