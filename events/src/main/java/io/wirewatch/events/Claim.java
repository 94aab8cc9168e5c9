package io.wirewatch.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An attributed statement on {@code news.claims.v2}, keyed by claim id. The same statement in
 * several copies of a story is one claim, published again with each further copy: {@link #articleIds()}
 * lists the {@value #MAX_LISTED_ARTICLES} newest of them ({@link ListedArticles}) and {@link #articleCount()}
 * counts them all.
 *
 * @param schemaVersion contract version ({@link #SCHEMA_VERSION})
 * @param id            stable id: hash of the story id and the normalised sentence
 * @param articleId     the first article the claim was seen in
 * @param articleIds    the newest articles the claim appears in, at most {@value #MAX_LISTED_ARTICLES}, in order
 *                      of arrival
 * @param articleCount  number of articles the claim appears in, listed or not (at least the list's size: a
 *                      claim stored by earlier builds lists every article and has no count)
 * @param storyId       the story of those articles
 * @param text          the sentence (with its quote) as it stands in {@code articleId}
 * @param speaker       who makes the claim ("John Kirby", "US-Beamte"), or null when unattributed
 * @param cue           the attribution cue ("sagte", "laut", "zufolge", "according to")
 * @param direct        true for a direct quote, false for indirect speech or a source phrase
 * @param hedged        true when hedged ("soll", "offenbar", "allegedly")
 * @param rules         ids of the watch-list rules the sentence matches
 * @param start         character offset of the sentence in the article text of {@code articleId}
 * @param end           end offset (exclusive)
 * @param highlights    matched spans inside the sentence, relative to {@code start}
 * @param language      language of the article
 * @param sources       distinct source ids of all the claim's articles, listed or not, in order of first
 *                      appearance ({@code "unknown"} for an article without one); null when the record does not
 *                      carry them (schema version 1)
 */
public record Claim(
        int schemaVersion,
        String id,
        String articleId,
        List<String> articleIds,
        int articleCount,
        String storyId,
        String text,
        String speaker,
        String cue,
        boolean direct,
        boolean hedged,
        List<String> rules,
        int start,
        int end,
        List<Span> highlights,
        String language,
        List<String> sources) {

    /**
     * 2 since claims carry their articles' {@code sources}; version 1 records read with {@code sources} null.
     * The cap of the list and {@code articleCount} came with the topic {@code news.claims.v2}, not with a
     * version: every record on that topic has them.
     */
    public static final int SCHEMA_VERSION = 2;
    /** Articles listed in a record ({@link ListedArticles}). */
    public static final int MAX_LISTED_ARTICLES = ListedArticles.MAX;

    public Claim {
        Objects.requireNonNull(id, "id");
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
        articleCount = Math.max(articleCount, articleIds.size());
        rules = rules == null ? List.of() : List.copyOf(rules);
        highlights = highlights == null ? List.of() : List.copyOf(highlights);
        sources = sources == null ? null : List.copyOf(sources);
    }

    /** A claim that lists every article it appears in (so its count is the list's size). */
    public Claim(int schemaVersion, String id, String articleId, List<String> articleIds, String storyId, String text,
            String speaker, String cue, boolean direct, boolean hedged, List<String> rules, int start, int end,
            List<Span> highlights, String language, List<String> sources) {
        this(schemaVersion, id, articleId, articleIds, 0, storyId, text, speaker, cue, direct, hedged, rules, start, end,
                highlights, language, sources);
    }

    /**
     * A claim that lists every article it appears in and does not carry their sources (as records of schema
     * version 1).
     */
    public Claim(int schemaVersion, String id, String articleId, List<String> articleIds, String storyId, String text,
            String speaker, String cue, boolean direct, boolean hedged, List<String> rules, int start, int end,
            List<Span> highlights, String language) {
        this(schemaVersion, id, articleId, articleIds, storyId, text, speaker, cue, direct, hedged, rules, start, end,
                highlights, language, null);
    }

    /**
     * The claim seen in one more article: the article appended (the oldest listed dropped beyond
     * {@value #MAX_LISTED_ARTICLES}) and counted, and its source added when new to the claim (a claim that
     * carries no sources, schema version 1, goes on without them). The caller knows the article is new to the
     * claim: the list cannot tell once it is partial.
     */
    public Claim withArticle(String newArticleId, String sourceId) {
        List<String> withSource = sources;
        if (sources != null && !sources.contains(sourceId)) {
            withSource = new ArrayList<>(sources);
            withSource.add(sourceId);
        }
        return new Claim(schemaVersion, id, articleId, ListedArticles.withNewest(articleIds, newArticleId), articleCount + 1,
                storyId, text, speaker, cue, direct, hedged, rules, start, end, highlights, language, withSource);
    }

    /** A half-open character range [start, end). */
    public record Span(int start, int end) {
    }
}
