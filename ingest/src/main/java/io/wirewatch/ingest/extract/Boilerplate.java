package io.wirewatch.ingest.extract;

import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes everything around an article that is not the article: page chrome, share and cookie
 * widgets, teasers and "see also" boxes, author boxes, and photo credits. Works in place.
 */
final class Boilerplate {

    private static final String CHROME_TAGS =
            "nav, footer, aside, script, style, noscript, template, button, input, select, textarea, iframe, svg, figcaption,"
                    + " [hidden], [style~=display:\\s*none], [style~=visibility:\\s*hidden]";
    /** A page header holds the site's name and menu; a header inside the article holds its lead. */
    private static final String PAGE_HEADERS = "header:not(article header, main header)";

    /** Words publishers use in class names and ids of non-article blocks. */
    private static final Pattern BOILERPLATE_NAME = Pattern.compile(
            "(?i)share|sharing|social|cookie|consent|related|newsletter|author-?box|autorenbox|comment|kommentar"
                    + "|breadcrumb|promo|paywall|banner|sidebar|disqus|menu|pagination|pager\\b|popup|sponsor|skyscraper"
                    + "|\\bad-|-ad-|\\bads\\b|gdpr|outbrain|taboola|subscribe|abonn|login|nav\\b|navigation");
    /** Names that mark the article's own containers even when they also match a boilerplate word. */
    private static final Pattern ARTICLE_NAME = Pattern.compile("(?i)article|artikel|body|column|content|main|story|text|post");

    /** Lead-ins of link blocks that point elsewhere. */
    private static final Pattern SEE_ALSO = Pattern.compile(
            "(?i)^\\s*(siehe auch|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|das könnte sie auch interessieren|weitere artikel)\\b.*");

    /** Photo and source credits. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)^\\s*(bild|foto|fotos|bildquelle|grafik|quelle|copyright)\\s*:.*|^\\s*©.*");

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
        root.select(CHROME_TAGS).remove();
        root.select(PAGE_HEADERS).remove();
        if (byName) {
            removeByName(root);
        }
        removeSeeAlsoBlocks(root);
        removeCredits(root);
    }

    private static void removeByName(Element root) {
        for (Element element : root.select("[class], [id]")) {
            if (PROTECTED_TAGS.contains(element.normalName()) || element.parent() == null) {
                continue;
            }
            String names = element.className() + " " + element.id();
            if (BOILERPLATE_NAME.matcher(names).find() && !ARTICLE_NAME.matcher(names).find() && !element.nameIs("a")) {
                element.remove();
            }
        }
    }

    private static void removeSeeAlsoBlocks(Element root) {
        for (Element element : root.select("h1, h2, h3, h4, h5, h6, p, strong, b, span, div, li")) {
            if (element.parent() == null || !SEE_ALSO.matcher(element.ownText().isBlank() ? element.text() : element.ownText()).matches()) {
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

    private static void removeCredits(Element root) {
        for (Element element : root.select("p, span, small, div, em, cite")) {
            if (element.parent() == null) {
                continue;
            }
            String text = element.text();
            if (text.length() <= MAX_CREDIT_LENGTH && CREDIT.matcher(text).matches()) {
                element.remove();
            }
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
