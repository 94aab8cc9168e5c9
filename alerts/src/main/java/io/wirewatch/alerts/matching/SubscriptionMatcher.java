package io.wirewatch.alerts.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.alerts.payload.Marking;
import io.wirewatch.events.Alert;
import io.wirewatch.events.Claim;
import io.wirewatch.events.Ids;

/**
 * Decides which subscriptions a claim concerns and drafts their alerts (the claim part of the
 * payload; article and story are added once the alert is known to go out). Pure and thread-safe.
 */
public final class SubscriptionMatcher {

    private final List<Subscription> subscriptions;

    public SubscriptionMatcher(List<SubscriptionConfig> subscriptions) {
        this.subscriptions = subscriptions.stream()
                .map(s -> new Subscription(s.id(), Set.copyOf(s.rules())))
                .toList();
    }

    /**
     * One candidate alert per subscription whose rules intersect the claim's rules, in subscription
     * order. A claim without a story cannot be de-duplicated per story and matches nothing.
     *
     * @param claim     the claim
     * @param createdAt event time of the claim record
     */
    public List<Alert> match(Claim claim, Instant createdAt) {
        if (claim.storyId() == null || claim.rules().isEmpty()) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>();
        for (Subscription subscription : subscriptions) {
            List<String> matched = subscription.matching(claim.rules());
            if (!matched.isEmpty()) {
                alerts.add(new Alert(Alert.SCHEMA_VERSION,
                        alertId(subscription.id(), claim.storyId()),
                        subscription.id(),
                        claim.storyId(),
                        matched,
                        claim.id(),
                        claim.articleId(),
                        claim.text(),
                        claim.speaker(),
                        createdAt,
                        null,
                        null,
                        List.of(claimRef(claim, matched)),
                        null,
                        0,
                        null));
            }
        }
        return alerts;
    }

    /** The claim as an alert reports it, with the rules this subscription follows and the matched words marked. */
    static Alert.ClaimRef claimRef(Claim claim, List<String> rules) {
        return new Alert.ClaimRef(claim.id(), claim.text(), claim.speaker(), claim.cue(), rules, claim.highlights(),
                Marking.mark(claim.text(), claim.highlights()));
    }

    /** The id of the one alert a subscription gets for a story. */
    public static String alertId(String subscriptionId, String storyId) {
        return Ids.hash(subscriptionId, storyId);
    }

    private record Subscription(String id, Set<String> rules) {

        /** The claim's rules this subscription follows, in the claim's order, without repeats. */
        List<String> matching(List<String> claimRules) {
            Set<String> matched = new LinkedHashSet<>();
            for (String rule : claimRules) {
                if (rules.contains(rule)) {
                    matched.add(rule);
                }
            }
            return List.copyOf(matched);
        }
    }
}
