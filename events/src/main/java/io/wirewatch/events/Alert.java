package io.wirewatch.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One notification for one subscription and one story, on {@code news.alerts.v1} keyed by alert id.
 * Later copies of the story do not produce further alerts.
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
        Instant createdAt) {

    public static final int SCHEMA_VERSION = 1;

    public Alert {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(storyId, "storyId");
        rules = rules == null ? List.of() : List.copyOf(rules);
    }
}
