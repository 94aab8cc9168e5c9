package io.wirewatch.alerts.matching;

import java.util.List;
import java.util.Set;

import io.wirewatch.events.Alert;

/**
 * The notifications of one (subscription, story), as the grouping store keeps them.
 *
 * @param draft        the alert as the first matching claim made it (triggering claim, rules)
 * @param sent         how many notifications went out: 0 while the first waits, 1 after it, 1 + n after n updates
 * @param dueMs        wall-clock time when the next notification may go out
 * @param sentClaims   ids of the claims already notified
 * @param sentArticles members of the story when the last notification went out
 * @param sentOutlets  distinct outlets then
 * @param pending      claims not notified yet, in order of arrival
 */
record Group(Alert draft, int sent, long dueMs, Set<String> sentClaims, int sentArticles, int sentOutlets,
             List<Alert.ClaimRef> pending) {

    Group {
        sentClaims = sentClaims == null ? Set.of() : Set.copyOf(sentClaims);
        pending = pending == null ? List.of() : List.copyOf(pending);
    }

    static Group waiting(Alert draft, long dueMs) {
        return new Group(draft, 0, dueMs, Set.of(), 0, 0, draft.claims());
    }

    /** With the claim added to the pending ones, unless it was notified or is pending already. */
    Group with(Alert.ClaimRef claim) {
        if (sentClaims.contains(claim.id()) || pending.stream().anyMatch(p -> p.id().equals(claim.id()))) {
            return this;
        }
        List<Alert.ClaimRef> more = new java.util.ArrayList<>(pending);
        more.add(claim);
        return new Group(draft, sent, dueMs, sentClaims, sentArticles, sentOutlets, more);
    }

    /** After a notification with the pending claims and this story size went out. */
    Group notified(long nextDueMs, int articles, int outlets) {
        Set<String> claims = new java.util.HashSet<>(sentClaims);
        pending.forEach(claim -> claims.add(claim.id()));
        return new Group(draft, sent + 1, nextDueMs, claims, articles, outlets, List.of());
    }
}
