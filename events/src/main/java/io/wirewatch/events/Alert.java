package io.wirewatch.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One notification for one subscription and one story, on {@code news.alerts.v1} keyed by alert id.
 * Later copies of the story do not produce further alerts.
 *
 * <p>Version 2 added what a reader needs to act on the alert: the triggering {@link #article()},
 * the {@link #story()} with its copy lineage, the {@link #claims()} with their matched words marked
 * and a link to the story on the dashboard ({@link #storyUrl()}). The version 1 fields keep their
 * meaning.
 *
 * @param schemaVersion  contract version ({@link #SCHEMA_VERSION})
 * @param id             stable id: hash of subscription id and story id
 * @param subscriptionId the subscription that matched
 * @param storyId        the story
 * @param rules          rule ids that matched (those the subscription follows)
 * @param claimId        the claim that triggered the alert
 * @param articleId      the article the claim was first seen in
 * @param text           the claim sentence
 * @param speaker        the claim's speaker, or null
 * @param createdAt      record time of the triggering claim: when wirewatch read the article (not its publication time)
 * @param article        the article the claim was first seen in, or null when alerts had not seen it yet
 * @param story          the story as known when the alert was made, or null for records of version 1
 * @param claims         the claims of the story this alert reports (the triggering one first)
 * @param storyUrl       the story on the dashboard ({@code alerts.publicUrl}), or null when none is configured
 * @param sequence       0 for the first notification of the story, 1, 2, … for its updates
 * @param changes        what an update brings ("+3 outlets, 2 new claims"); null for the first notification
 */
public record Alert(
        int schemaVersion,
        String id,
        String subscriptionId,
        String storyId,
        List<String> rules,
        String claimId,
        String articleId,
        String text,
        String speaker,
        Instant createdAt,
        ArticleRef article,
        StoryRef story,
        List<ClaimRef> claims,
        String storyUrl,
        int sequence,
        String changes) {

    public static final int SCHEMA_VERSION = 2;

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(storyId, "storyId");
        rules = rules == null ? List.of() : List.copyOf(rules);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** An alert with only the version 1 fields (no article, story, claims or link). */
    public Alert(int schemaVersion, String id, String subscriptionId, String storyId, List<String> rules,
                 String claimId, String articleId, String text, String speaker, Instant createdAt) {
        this(schemaVersion, id, subscriptionId, storyId, rules, claimId, articleId, text, speaker, createdAt,
                null, null, null, null, 0, null);
    }

    /**
     * The id receivers de-duplicate by ({@code X-Wirewatch-Delivery}): the alert id for the first
     * notification, {@code <alert id>-<sequence>} for an update. Not on the wire.
     */
    public String deliveryId() {
        return sequence == 0 ? id : id + "-" + sequence;
    }

    /** This alert as the given update of its story. */
    public Alert asUpdate(int sequence, String changes) {
        return new Alert(schemaVersion, id, subscriptionId, storyId, rules, claimId, articleId, text, speaker, createdAt,
                article, story, claims, storyUrl, sequence, changes);
    }

    /**
     * Where to read the story: one article as a reader would open it.
     *
     * @param id          article id
     * @param title       headline
     * @param url         canonical URL; the file URI for a local file; null when unknown
     * @param sourceId    id of the configured source
     * @param outlet      who published it: the host of the URL without {@code www.}, else the source id
     * @param language    ISO 639-1 code or "und"
     * @param publishedAt publication time as the publisher states it, or null
     */
    public record ArticleRef(
            String id,
            String title,
            String url,
            String sourceId,
            String outlet,
            String language,
            Instant publishedAt) {
    }

    /**
     * The story behind the alert.
     *
     * @param id                 story id
     * @param headline           headline of the earliest member
     * @param articles           number of member articles known to alerts
     * @param independentOutlets number of distinct outlets among them
     * @param firstOutlet        outlet of the earliest member, or null when no member is known
     * @param lineage            members in order of their time (publication, else fetch): who had it first, who followed when
     * @param lineageText        the lineage on one line, e.g. {@code dts 10:02 → dw.com 10:31 → portal.de 11:05} (UTC)
     */
    public record StoryRef(
            String id,
            String headline,
            int articles,
            int independentOutlets,
            String firstOutlet,
            List<Copy> lineage,
            String lineageText) {

        public StoryRef {
            lineage = lineage == null ? List.of() : List.copyOf(lineage);
        }
    }

    /**
     * One member of a story's lineage.
     *
     * @param articleId    the article
     * @param outlet       its outlet
     * @param at           its time: publication, else fetch
     * @param delaySeconds seconds after the earliest member (0 for the first)
     */
    public record Copy(String articleId, String outlet, Instant at, long delaySeconds) {
    }

    /**
     * A claim as the alert reports it.
     *
     * @param id         claim id
     * @param text       the sentence
     * @param speaker    who makes it, or null
     * @param cue        the attribution cue, or null
     * @param rules      the rules it matches that the subscription follows
     * @param highlights the matched words: spans in {@code text}
     * @param marked     {@code text} with each matched passage wrapped in {@code **…**}
     */
    public record ClaimRef(
            String id,
            String text,
            String speaker,
            String cue,
            List<String> rules,
            List<Claim.Span> highlights,
            String marked) {

        public ClaimRef {
            rules = rules == null ? List.of() : List.copyOf(rules);
            highlights = highlights == null ? List.of() : List.copyOf(highlights);
        }
    }
}
