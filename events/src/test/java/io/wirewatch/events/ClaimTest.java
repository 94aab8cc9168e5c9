package io.wirewatch.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ClaimTest {

    @Test
    void aClaimListsItsNewestArticlesAndCountsThemAll() {
        Claim claim = claim(List.of("a0"), List.of("wwa"));
        int articles = Claim.MAX_LISTED_ARTICLES + 25;
        for (int i = 1; i < articles; i++) {
            claim = claim.withArticle("a" + i, i % 2 == 0 ? "wwa" : "kurier");
        }

        assertThat(claim.articleCount()).isEqualTo(articles);
        assertThat(claim.articleIds()).containsExactlyElementsOf(IntStream.range(25, articles).mapToObj(i -> "a" + i).toList());
        assertThat(claim.articleId()).as("the first article, whose text the claim quotes").isEqualTo("a0");
        assertThat(claim.sources()).containsExactly("wwa", "kurier");
    }

    @Test
    void aClaimOfAnEarlierBuildCountsItsListedArticles() {
        Claim earlier = claim(List.of("a0", "a1", "a2"), null);

        assertThat(earlier.articleCount()).isEqualTo(3);
        Claim next = earlier.withArticle("a3", "wwa");
        assertThat(next.articleCount()).isEqualTo(4);
        assertThat(next.sources()).as("a claim without sources goes on without them").isNull();
    }

    @Test
    void jsonWithoutACountIsReadWithItsListsSize() {
        byte[] json = ("{\"schemaVersion\":2,\"id\":\"c1\",\"articleId\":\"a0\",\"articleIds\":[\"a0\",\"a1\"],\"storyId\":\"s1\","
                + "\"text\":\"Satz.\",\"direct\":false,\"hedged\":false,\"rules\":[],\"start\":0,\"end\":5,\"highlights\":[],"
                + "\"language\":\"de\",\"sources\":[\"wwa\"]}").getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Claim read = Topics.CLAIMS.valueSerde().deserializer().deserialize(Topics.CLAIMS.name(), json);

        assertThat(read.articleCount()).isEqualTo(2);
        assertThat(read.articleIds()).containsExactly("a0", "a1");
    }

    private static Claim claim(List<String> articleIds, List<String> sources) {
        return new Claim(Claim.SCHEMA_VERSION, "c1", articleIds.get(0), articleIds, "s1", "„Satz“, sagte Anna Beck.", "Anna Beck",
                "sagte", true, false, List.of("r1"), 0, 24, List.of(), "de", sources);
    }
}
