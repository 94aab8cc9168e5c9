package io.wirewatch.processor.attribution;

import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import io.wirewatch.events.Claim;
import io.wirewatch.processor.state.GroupKeys;

/**
 * The articles a stored claim counted that its record no longer lists, so that an article counts once per
 * claim: a {@link Claim} lists only its newest articles, and a new version of one that dropped off the list
 * would otherwise count again. The list answers for the articles it holds; only a claim carried by more
 * articles than a record lists has entries, so the common claim costs no write here.
 *
 * <p>Key: claim id and article id ({@link GroupKeys}: a claim's keys form one range); value: empty. An entry
 * is written with the claim state whose list drops the article and deleted with the claim, in the same task
 * and transaction, so the two agree. A claim stored by an earlier build lists every article it counted, so it
 * needs no backfill: the articles it drops when it is first published again are written then.
 */
final class ClaimMembers {

    private final KeyValueStore<String, String> entries;

    ClaimMembers(KeyValueStore<String, String> entries) {
        this.entries = entries;
    }

    /** Whether the claim counted the article, listed or not. */
    boolean counted(Claim claim, String articleId) {
        return claim.articleIds().contains(articleId)
                || claim.articleCount() > claim.articleIds().size() && entries.get(GroupKeys.key(claim.id(), articleId)) != null;
    }

    /**
     * The claim with an article it has not counted added ({@link Claim#withArticle}); the articles its list
     * drops for it are written here.
     */
    Claim added(Claim claim, String articleId, String sourceId) {
        Claim grown = claim.withArticle(articleId, sourceId);
        List<String> listed = claim.articleIds();
        // The list keeps its newest articles: those it dropped are its oldest.
        int dropped = listed.size() + 1 - grown.articleIds().size();
        for (String droppedId : listed.subList(0, dropped)) {
            entries.put(GroupKeys.key(claim.id(), droppedId), "");
        }
        return grown;
    }

    /** The claim is no longer stored: its entries go. */
    void forgotten(Claim claim) {
        if (claim.articleCount() <= claim.articleIds().size()) {
            return; // it lists every article it counted, so it has no entries
        }
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, String> entriesOfClaim = GroupKeys.range(entries, claim.id())) {
            entriesOfClaim.forEachRemaining(entry -> keys.add(entry.key));
        }
        keys.forEach(entries::delete);
    }
}
