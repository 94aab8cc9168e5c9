package io.wirewatch.processor.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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
    private KeyValueStore<String, String> entries;
    private ClaimMembers members;

    @BeforeEach
    void openStores() throws Exception {
        stores = new InMemoryStores("claim-members");
        entries = stores.open(ClaimAttributionProcessor.MEMBERS, Serdes.String());
        members = new ClaimMembers(entries);
    }

    @AfterEach
    void closeStores() throws Exception {
        stores.close();
    }

    @Test
    void anArticleIsCountedOnceWhateverItsPlaceInTheList() {
        // Articles come again (new versions) at random; the simple form is the set of every article counted.
        Random random = new Random(11);
        Set<String> everyCounted = new HashSet<>(List.of("a0"));
        Claim claim = claim("c0", List.of("a0"));
        for (int i = 0; i < 600; i++) {
            String articleId = "a" + random.nextInt(250);
            assertThat(members.counted(claim, articleId)).as("article %s at step %d", articleId, i)
                    .isEqualTo(everyCounted.contains(articleId));
            if (!members.counted(claim, articleId)) {
                claim = members.added(claim, articleId, "wwa");
                everyCounted.add(articleId);
            }
        }
        assertThat(claim.articleCount()).isEqualTo(everyCounted.size()).isGreaterThan(Claim.MAX_LISTED_ARTICLES);
        assertThat(entries.approximateNumEntries()).as("the articles no longer listed, and only those")
                .isEqualTo(claim.articleCount() - Claim.MAX_LISTED_ARTICLES);
    }

    @Test
    void aClaimThatListsAllItCountedHasNoEntries() {
        Claim claim = claim("c0", List.of("a0"));
        for (int i = 1; i < Claim.MAX_LISTED_ARTICLES; i++) {
            claim = members.added(claim, "a" + i, "wwa");
        }

        assertThat(claim.articleIds()).hasSize(Claim.MAX_LISTED_ARTICLES);
        assertThat(entries.approximateNumEntries()).isZero();
    }

    @Test
    void aForgottenClaimTakesOnlyItsOwnEntries() {
        // Claims whose ids begin like the first one's.
        Claim forgotten = beyondTheCap("f0");
        Claim longer = beyondTheCap("f00");
        Claim shorter = beyondTheCap("f");

        members.forgotten(forgotten);

        assertThat(members.counted(forgotten, "a0")).isFalse();
        assertThat(members.counted(longer, "a0")).isTrue();
        assertThat(members.counted(shorter, "a0")).isTrue();
        assertThat(entries.approximateNumEntries()).isEqualTo(2);
    }

    @Test
    void aClaimOfAnEarlierBuildListsEveryArticleAndDropsThemWhenItGrows() {
        List<String> every = IntStream.range(0, Claim.MAX_LISTED_ARTICLES + 50).mapToObj(i -> "a" + i).toList();
        Claim earlier = claim("c1", every);
        assertThat(members.counted(earlier, "a0")).isTrue();

        Claim grown = members.added(earlier, "a-new", "wwa");

        assertThat(grown.articleCount()).isEqualTo(every.size() + 1);
        assertThat(grown.articleIds()).hasSize(Claim.MAX_LISTED_ARTICLES).doesNotContain("a0", "a50").contains("a51", "a-new");
        assertThat(entries.approximateNumEntries()).isEqualTo(51);
        assertThat(every).allSatisfy(id -> assertThat(members.counted(grown, id)).as(id).isTrue());
        assertThat(members.counted(grown, "b0")).isFalse();
    }

    /** A claim of {@link Claim#MAX_LISTED_ARTICLES} + 1 articles, a0 first: a0 no longer listed. */
    private Claim beyondTheCap(String id) {
        Claim claim = claim(id, List.of("a0"));
        for (int i = 1; i <= Claim.MAX_LISTED_ARTICLES; i++) {
            claim = members.added(claim, "a" + i, "wwa");
        }
        return claim;
    }

    private static Claim claim(String id, List<String> articleIds) {
        return new Claim(Claim.SCHEMA_VERSION, id, articleIds.get(0), articleIds, "s1", "„Satz“, sagte Anna Beck.", "Anna Beck", "sagte",
                true, false, List.of(), 0, 24, List.of(), "de", List.of("wwa"));
    }
}
