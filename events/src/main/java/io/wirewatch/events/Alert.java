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
 * meaning. Version 3 added {@link #digest()}: a subscription with an hourly or daily digest, or with
 * quiet hours, gets one notification listing several stories; its top-level fields repeat its first
 * item, so that a reader of version 2 still reads a valid alert.
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
 * @param digest         the stories of a digest, or null for a notification about one story
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
        String changes,
        Digest digest) {

    public static final int SCHEMA_VERSION = 3;

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(storyId, "storyId");
        rules = rules == null ? List.of() : List.copyOf(rules);
        claims = claims == null ? List.of() : List.copyOf(claims);
    }

    /** A notification about one story (no digest). */
    public Alert(int schemaVersion, String id, String subscriptionId, String storyId, List<String> rules,
                 String claimId, String articleId, String text, String speaker, Instant createdAt,
                 ArticleRef article, StoryRef story, List<ClaimRef> claims, String storyUrl, int sequence, String changes) {
        this(schemaVersion, id, subscriptionId, storyId, rules, claimId, articleId, text, speaker, createdAt,
                article, story, claims, storyUrl, sequence, changes, null);
    }

    /** An alert with only the version 1 fields (no article, story, claims or link). */
    public Alert(int schemaVersion, String id, String subscriptionId, String storyId, List<String> rules,
                 String claimId, String articleId, String text, String speaker, Instant createdAt) {
        this(schemaVersion, id, subscriptionId, storyId, rules, claimId, articleId, text, speaker, createdAt,
                null, null, null, null, 0, null, null);
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
                article, story, claims, storyUrl, sequence, changes, digest);
    }

    /** This notification as the first item of the given digest, under the digest's id. */
    public Alert asDigest(String digestId, Digest digest) {
        return new Alert(SCHEMA_VERSION, digestId, subscriptionId, storyId, rules, claimId, articleId, text, speaker, createdAt,
                article, story, claims, storyUrl, 0, null, digest);
    }

    /**
     * Several notifications of one subscription sent as one (version 3).
     *
     * @param mode        the subscription's mode: {@code hourly}, {@code daily}, or {@code immediate} when only quiet hours held them
     * @param quietHours  true when quiet hours held the notifications (the digest goes out as they end)
     * @param from        start of the window: the previous digest, else the first notification held
     * @param to          end of the window: when the digest was due
     * @param timeZone    the subscription's IANA time zone
     * @param moreStories stories first notified in the window beyond the listed ones (a digest lists at most a fixed number)
     * @param items       one notification per story, in order of arrival: first alerts ({@code sequence} 0) and updates,
     *                    with every claim notified for the story in the window; no {@code digest} of their own
     */
    public record Digest(
            String mode,
            boolean quietHours,
            Instant from,
            Instant to,
            String timeZone,
            int moreStories,
            List<Alert> items) {

        public Digest {
            items = items == null ? List.of() : List.copyOf(items);
        }
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
