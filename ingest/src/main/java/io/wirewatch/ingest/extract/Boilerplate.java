package io.wirewatch.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> LISTS = Set.of("ul", "ol");
    private static final Set<String> CREDIT_TAGS = Set.of("p", "span", "small", "div", "em", "cite");

    /** Words publishers use in class names and ids of non-article blocks. */
    private static final Pattern BOILERPLATE_NAME = Pattern.compile(
            "(?i)share|sharing|social|cookie|consent|related|newsletter|author-?box|autorenbox|comment|kommentar"
                    + "|breadcrumb|promo|paywall|banner|sidebar|disqus|menu|pagination|pager\\b|popup|sponsor|skyscraper"
                    + "|\\bad-|-ad-|\\bads\\b|gdpr|outbrain|taboola|subscribe|abonn|login|nav\\b|navigation|modal|dialog|overlay"
                    + "|footer");
    /** Names that mark the article's own containers even when they also match a boilerplate word. */
    private static final Pattern ARTICLE_NAME = Pattern.compile("(?i)article|artikel|body|column|content|main|story|text|post");

    /** Verdicts by class-and-id string: pages repeat a few names on many elements (derived, bounded). */
    private static final Map<String, Boolean> CHROME_NAMES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED_NAMES = 20_000;

    /** Lead-ins of link blocks that point elsewhere. */
    private static final Pattern SEE_ALSO = Pattern.compile(
            "(?iu)^\\s*(siehe auch|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|das könnte sie auch interessieren"
                    + "|weitere artikel|ähnliche artikel|you may also like|you might also like|related articles|related stories"
                    + "|more on this (topic|story)|recommended for you)\\b.*");

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
        Found found = find(root, byName);
        found.doomed().forEach(Element::remove);
        removeSeeAlsoBlocks(found.leadIns());
        for (Element credit : found.credits()) {
            if (credit.parent() != null && credit.text().length() <= MAX_CREDIT_LENGTH) {
                credit.remove();
            }
        }
    }

    /** What one element is to the cleaning. */
    enum Verdict {
        /** Chrome: removed with everything inside. */
        CHROME,
        /** The lead-in of a "Siehe auch" box: removed with the links it introduces. */
        LEAD_IN,
        /** A photo or source credit: removed when short. */
        CREDIT,
        /** None of these: its children are judged in turn. */
        DESCEND
    }

    /**
     * The elements below {@code root} to remove, in document order.
     *
     * @param doomed  chrome blocks
     * @param leadIns "Siehe auch" lead-ins
     * @param credits credit candidates (their length is checked on removal)
     */
    record Found(List<Element> doomed, List<Element> leadIns, List<Element> credits) {

        Found() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }

        void add(Element element, Verdict verdict) {
            switch (verdict) {
                case CHROME -> doomed.add(element);
                case LEAD_IN -> leadIns.add(element);
                case CREDIT -> credits.add(element);
                case DESCEND -> {
                    // nothing to remove here
                }
            }
        }
    }

    /** An element still to be judged, and whether it sits inside an article or main element. */
    private record Pending(Element element, boolean inArticle) {
    }

    /**
     * One walk over the tree decides everything (CSS selections per rule would each walk it again). The
     * walk keeps its own stack, so a page nested 100,000 levels deep cannot exhaust the thread's; it
     * visits elements in document order, as a recursive walk would.
     */
    static Found find(Element root, boolean byName) {
        Found found = new Found();
        Deque<Pending> stack = new ArrayDeque<>();
        pushChildren(stack, root, false);
        while (!stack.isEmpty()) {
            Pending next = stack.pop();
            Element element = next.element();
            Verdict verdict = judge(element, byName, next.inArticle());
            found.add(element, verdict);
            if (verdict == Verdict.DESCEND) {
                pushChildren(stack, element, next.inArticle() || element.nameIs("article") || element.nameIs("main"));
            }
        }
        return found;
    }

    private static void pushChildren(Deque<Pending> stack, Element parent, boolean inArticle) {
        for (int i = parent.childrenSize() - 1; i >= 0; i--) {
            stack.push(new Pending(parent.child(i), inArticle));
        }
    }

    /** @param inArticle whether an ancestor below the walk's root is an article or main element */
    static Verdict judge(Element element, boolean byName, boolean inArticle) {
        if (isChrome(element, byName, inArticle)) {
            return Verdict.CHROME;
        }
        String ownText = null;
        if (LEAD_IN_TAGS.contains(element.normalName())) {
            // Own text only (the whole text just for headings): a lead-in is a short text of its own,
            // and asking every wrapper for its full text would make cleaning quadratic in the page size.
            ownText = element.ownText();
            if (SEE_ALSO.matcher(isHeading(element) ? element.text() : ownText).matches()) {
                return Verdict.LEAD_IN;
            }
        }
        if (CREDIT_TAGS.contains(element.normalName()) && CREDIT.matcher(ownText == null ? element.ownText() : ownText).matches()) {
            return Verdict.CREDIT; // the length check needs the whole text, so only for these few
        }
        return Verdict.DESCEND;
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

    /** By tag name: a CSS {@code is(…)} climbs to the root on every call, which a deep page makes quadratic. */
    private static boolean isHeading(Element element) {
        return HEADINGS.contains(element.normalName());
    }

    private static void removeSeeAlsoBlocks(List<Element> leadIns) {
        for (Element element : leadIns) {
            if (element.parent() == null) {
                continue;
            }
            if (isHeading(element)) {
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
        while (next != null && !isHeading(next) && (LISTS.contains(next.normalName()) || isMostlyLinks(next))) {
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
