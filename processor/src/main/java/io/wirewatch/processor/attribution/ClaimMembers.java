package io.wirewatch.processor.attribution;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import io.wirewatch.events.Claim;
import io.wirewatch.processor.state.GroupKeys;
import io.wirewatch.processor.state.IndexBackfill;

/**
 * Which articles each stored claim has counted, so that an article is counted once per claim: a {@link Claim}
 * lists only its newest articles, so a new version of an article no longer listed would otherwise count again.
 *
 * <p>Key: claim id and article id ({@link GroupKeys}: a claim's keys form one range); value: empty.
 * An entry is written with the claim state that counts the article and deleted with the claim, in the same
 * task and transaction, so the two agree.
 */
final class ClaimMembers {

    private final KeyValueStore<String, String> entries;

    ClaimMembers(KeyValueStore<String, String> entries) {
        this.entries = entries;
    }

    /** Lists the articles of every stored claim once, if this index was added after they were stored ({@link IndexBackfill}). */
    void backfillFrom(KeyValueStore<String, ClaimState> claims) {
        IndexBackfill.ifEmpty(entries, claims, state -> state.claim().articleIds().forEach(id -> added(state.claim().id(), id)));
    }

    /**
     * Whether the claim has counted the article. The list answers while it holds every article the claim
     * counted, and for the articles it lists; only a claim beyond the cap asks the index.
     */
    boolean counted(Claim claim, String articleId) {
        return claim.articleIds().contains(articleId)
                || claim.articleCount() > claim.articleIds().size() && listed(claim.id(), articleId);
    }

    /** The simple form of {@link #counted}: the index alone. */
    boolean listed(String claimId, String articleId) {
        return entries.get(GroupKeys.key(claimId, articleId)) != null;
    }

    /** The claim counts the article from now on. */
    void added(String claimId, String articleId) {
        entries.put(GroupKeys.key(claimId, articleId), "");
    }

    /** The claim is no longer stored: its entries go. */
    void forgotten(String claimId) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, String> claim = GroupKeys.range(entries, claimId)) {
            claim.forEachRemaining(entry -> keys.add(entry.key));
        }
        keys.forEach(entries::delete);
    }
}
