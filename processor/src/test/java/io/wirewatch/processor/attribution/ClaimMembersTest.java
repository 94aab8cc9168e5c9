package io.wirewatch.processor.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.Claim;
import io.wirewatch.processor.state.InMemoryStores;

class ClaimMembersTest {

    private InMemoryStores stores;
    private KeyValueStore<String, ClaimState> claims;
    private KeyValueStore<String, String> entries;
    private ClaimMembers members;

    @BeforeEach
    void openStores() throws Exception {
        stores = new InMemoryStores("claim-members");
        claims = stores.open(ClaimAttributionProcessor.STORE, ClaimState.serde());
        entries = stores.open(ClaimAttributionProcessor.MEMBERS, Serdes.String());
        members = new ClaimMembers(entries);
    }

    @AfterEach
    void closeStores() throws Exception {
        stores.close();
    }

    @Test
    void anArticleIsCountedOnceWhateverItsPlaceInTheList() {
        // Articles come again (new versions) at random: the list, and the index beyond it, answer as the index alone.
        Random random = new Random(11);
        Claim claim = claim("c0", List.of("a0"));
        members.added("c0", "a0");
        for (int i = 0; i < 600; i++) {
            String articleId = "a" + random.nextInt(250);
            assertThat(members.counted(claim, articleId)).as("article %s at step %d", articleId, i)
                    .isEqualTo(members.listed("c0", articleId));
            if (!members.counted(claim, articleId)) {
                claim = claim.withArticle(articleId, "wwa");
                members.added("c0", articleId);
            }
        }
        assertThat(claim.articleCount()).as("the articles drawn at least once").isEqualTo(entries.approximateNumEntries())
                .isGreaterThan(Claim.MAX_LISTED_ARTICLES);
    }

    @Test
    void aForgottenClaimTakesOnlyItsOwnEntries() {
        members.added("f0", "a1");
        members.added("f0", "a2");
        // Claims whose ids begin like the first one's.
        members.added("f00", "a1");
        members.added("f", "a1");

        members.forgotten("f0");

        assertThat(members.listed("f0", "a1")).isFalse();
        assertThat(members.listed("f0", "a2")).isFalse();
        assertThat(members.listed("f00", "a1")).isTrue();
        assertThat(members.listed("f", "a1")).isTrue();
    }

    @Test
    void claimsOfAnEarlierBuildAreListedOnceWhenTheIndexIsEmpty() {
        // An earlier build listed every article and stored no count.
        List<String> every = IntStream.range(0, Claim.MAX_LISTED_ARTICLES + 20).mapToObj(i -> "a" + i).toList();
        claims.put("c1", new ClaimState(claim("c1", every), 1L));
        claims.put("c2", new ClaimState(claim("c2", List.of("b0")), 1L));

        members.backfillFrom(claims);

        assertThat(entries.approximateNumEntries()).isEqualTo(every.size() + 1);
        Claim grown = claims.get("c1").claim().withArticle("a-new", "wwa");
        assertThat(grown.articleIds()).doesNotContain("a0");
        assertThat(members.counted(grown, "a0")).as("no longer listed, counted before").isTrue();
        assertThat(members.counted(grown, "b0")).isFalse();

        members.forgotten("c2");
        claims.put("c3", new ClaimState(claim("c3", List.of("d0")), 1L));
        members.backfillFrom(claims);
        assertThat(members.listed("c3", "d0")).as("an index that lists anything is not backfilled again").isFalse();
    }

    private static Claim claim(String id, List<String> articleIds) {
        return new Claim(Claim.SCHEMA_VERSION, id, articleIds.get(0), articleIds, "s1", "„Satz“, sagte Anna Beck.", "Anna Beck", "sagte",
                true, false, List.of(), 0, 24, List.of(), "de", List.of("wwa"));
    }
}
