package io.wirewatch.ingest.extract;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * What an element's class and id suggest about it, in the vocabulary publishers use across sites
 * (after Readability): article-ish names weigh +25, chrome-ish names -25.
 */
final class ClassWeight {

    static final int WEIGHT = 25;

    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|artikel|inhalt|beitrag");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)-ad-|\\bads?\\b|hidden|\\bhid\\b|banner|combx|comment|com-|contact|foot|masthead|meta|outbrain|promo"
                    + "|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|social|teaser"
                    + "|newsletter|byline|author|caption|credit|kommentar|empfehlung|recommend|breadcrumb");

    /**
     * Weights by class-and-id string. Pages repeat the same few names on hundreds of elements, and
     * the alternations above are the most expensive part of scoring; the cache is derived, bounded
     * and shared across threads.
     */
    private static final Map<String, Integer> BY_NAMES = new ConcurrentHashMap<>();
    private static final int MAX_CACHED = 20_000;

    private ClassWeight() {
    }

    static int of(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return 0;
        }
        return BY_NAMES.size() < MAX_CACHED
                ? BY_NAMES.computeIfAbsent(className + " " + id, ClassWeight::weigh)
                : weigh(className + " " + id);
    }

    private static int weigh(String names) {
        int weight = 0;
        if (NEGATIVE.matcher(names).find()) {
            weight -= WEIGHT;
        }
        if (POSITIVE.matcher(names).find()) {
            weight += WEIGHT;
        }
        return weight;
    }
}
