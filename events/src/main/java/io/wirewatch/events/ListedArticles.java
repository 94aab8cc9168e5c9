package io.wirewatch.events;

import java.util.ArrayList;
import java.util.List;

/**
 * The article ids a record that grows article by article lists ({@link Story}, {@link Claim}): only the
 * {@value #MAX} newest, next to a count of all. A story or a quote carried by thousands of reports over days
 * would otherwise be copied and republished whole for each new article (time quadratic in its reports) and
 * approach the broker's message size limit.
 */
public final class ListedArticles {

    /** Articles a record lists at most; enough for a reader to show the latest reports. */
    public static final int MAX = 100;

    private ListedArticles() {
    }

    /** The list with the new article appended, and its oldest dropped beyond {@value #MAX}. */
    public static List<String> withNewest(List<String> listed, String articleId) {
        int from = Math.max(0, listed.size() + 1 - MAX);
        List<String> newest = new ArrayList<>(listed.size() + 1 - from);
        newest.addAll(listed.subList(from, listed.size()));
        newest.add(articleId);
        return newest;
    }
}
