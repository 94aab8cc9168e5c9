package io.wirewatch.alerts.matching;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    /** Rule id → positions of the subscriptions that follow it: a claim looks only at those, not at every subscription. */
    private final Map<String, BitSet> byRule = new HashMap<>();

    public SubscriptionMatcher(List<SubscriptionConfig> subscriptions) {
        this.subscriptions = subscriptions.stream()
                .map(s -> new Subscription(s.id(), Set.copyOf(s.rules()), Set.copyOf(s.languages()),
                        Set.copyOf(s.sources()), Set.copyOf(s.excludeSources())))
                .toList();
        for (int i = 0; i < this.subscriptions.size(); i++) {
            for (String rule : this.subscriptions.get(i).rules()) {
                byRule.computeIfAbsent(rule, r -> new BitSet()).set(i);
            }
        }
    }

    /**
     * Whether any subscription follows one of these rules. A claim whose rules nobody follows can raise
     * no alert, so the topology drops it before the costly hop by story (with 10,000 rules and a hundred
     * subscriptions, most claims).
     */
    public boolean followsAny(List<String> rules) {
        for (String rule : rules) {
            if (byRule.containsKey(rule)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Without an article index: a claim that carries its sources is judged by them; one that does not
     * (schema version 1) passes every source filter.
     */
    public List<Alert> match(Claim claim, Instant createdAt) {
        return match(claim, createdAt, articleId -> null);
    }

    /**
     * One candidate alert per subscription whose rules intersect the claim's rules, in subscription
     * order. A claim without a story cannot be de-duplicated per story and matches nothing.
     *
     * <p>Filters: the claim's language must be one of the subscription's {@code languages}; among the
     * sources of the articles the claim appears in, one must be included (when {@code sources} is set)
     * and one not excluded. Those sources are the ones the claim carries ({@link Claim#sources()}), so
     * the verdict does not depend on which articles the service has read. Only a claim that does not
     * carry them (schema version 1, from a build before) is judged by {@code sourceOf}: articles whose
     * source is not known yet do not count, and a claim none of whose articles is known passes.
     *
     * @param claim     the claim
     * @param createdAt event time of the claim record
     * @param sourceOf  the source id of an article, or null when not known; asked only for a claim without sources
     */
    public List<Alert> match(Claim claim, Instant createdAt, java.util.function.Function<String, String> sourceOf) {
        BitSet candidates = new BitSet();
        for (String rule : claim.rules()) {
            BitSet following = byRule.get(rule);
            if (following != null) {
                candidates.or(following);
            }
        }
        return match(claim, createdAt, sourceOf, candidates);
    }

    /** The simple form of {@link #match(Claim, Instant, java.util.function.Function)}: every subscription looked at. */
    List<Alert> matchScanningAll(Claim claim, Instant createdAt, java.util.function.Function<String, String> sourceOf) {
        BitSet all = new BitSet();
        all.set(0, subscriptions.size());
        return match(claim, createdAt, sourceOf, all);
    }

    private List<Alert> match(Claim claim, Instant createdAt, java.util.function.Function<String, String> sourceOf, BitSet candidates) {
        if (claim.storyId() == null || claim.rules().isEmpty()) {
            return List.of();
        }
        List<String> articleSources = claim.sources() != null ? claim.sources() : knownSources(claim, sourceOf);
        List<Alert> alerts = new ArrayList<>();
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            Subscription subscription = subscriptions.get(i);
            List<String> matched = subscription.matching(claim.rules());
            if (!matched.isEmpty() && subscription.accepts(claim.language(), articleSources)) {
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

    /**
     * The sources of those of a claim's articles whose source {@code sourceOf} knows (for claims that carry none):
     * its first article and those it lists. A claim carried by more articles than it lists names only the newest;
     * each of the others was listed in the record that added it, and judged with it.
     */
    private static List<String> knownSources(Claim claim, java.util.function.Function<String, String> sourceOf) {
        Set<String> articleIds = new LinkedHashSet<>();
        if (claim.articleId() != null) {
            articleIds.add(claim.articleId());
        }
        articleIds.addAll(claim.articleIds());
        List<String> known = new ArrayList<>();
        for (String articleId : articleIds) {
            String source = sourceOf.apply(articleId);
            if (source != null) {
                known.add(source);
            }
        }
        return known;
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

    private record Subscription(String id, Set<String> rules, Set<String> languages, Set<String> sources,
                                Set<String> excludeSources) {

        boolean accepts(String language, List<String> articleSources) {
            if (!languages.isEmpty() && !languages.contains(language)) {
                return false;
            }
            if (articleSources.isEmpty()) {
                return true;
            }
            boolean included = sources.isEmpty() || articleSources.stream().anyMatch(sources::contains);
            boolean notExcluded = articleSources.stream().anyMatch(source -> !excludeSources.contains(source));
            return included && notExcluded;
        }

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
