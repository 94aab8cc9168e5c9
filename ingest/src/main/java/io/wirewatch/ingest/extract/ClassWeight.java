package io.wirewatch.ingest.extract;

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

    private ClassWeight() {
    }

    static int of(Element element) {
        String className = element.className();
        String id = element.id();
        if (className.isEmpty() && id.isEmpty()) {
            return 0;
        }
        String names = className + " " + id;
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
