package io.wirewatch.processor;

import static io.wirewatch.processor.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.Rule;
import io.wirewatch.processor.attribution.ClaimAttributionProcessor;
import io.wirewatch.processor.attribution.ClaimState;
import io.wirewatch.processor.story.Stories;

class ClaimAttributionTest {

    private static final Instant T0 = Instant.parse("2026-03-03T08:00:00Z");

    @TempDir
    Path stateDir;

    private TopologyHarness harness;

    private TopologyHarness start(List<Rule> rules) {
        harness = new TopologyHarness(ProcessorConfig.defaults().withRules(rules), stateDir);
        return harness;
    }

    @AfterEach
    void stop() {
        if (harness != null) {
            harness.close();
        }
    }

    @Test
    void claimIsPublishedOncePerStoryWithGrowingArticleIds() {
        start(List.of());
        harness.send(article("bahn-original", "a1", "wwa", T0));
        List<Claim> first = harness.claims();

        assertThat(first).isNotEmpty();
        assertThat(first).allSatisfy(claim -> {
            assertThat(claim.schemaVersion()).isEqualTo(Claim.SCHEMA_VERSION);
            assertThat(claim.articleId()).isEqualTo("a1");
            assertThat(claim.articleIds()).containsExactly("a1");
            assertThat(claim.storyId()).isEqualTo(Stories.idFor("a1"));
            assertThat(claim.language()).isEqualTo("de");
            assertThat(Fixtures.text("bahn-original").substring(claim.start(), claim.end())).isEqualTo(claim.text());
        });
        assertThat(first.stream().map(Claim::id).distinct()).hasSize(first.size());

        harness.send(article("bahn-neuer-einstieg", "a2", "kurier", T0.plusSeconds(60)));
        List<Claim> second = harness.claims();
        Set<String> firstIds = first.stream().map(Claim::id).collect(Collectors.toSet());

        assertThat(second).isNotEmpty();
        assertThat(second).allSatisfy(claim -> {
            assertThat(firstIds).as("the same quote in a copy is the same claim").contains(claim.id());
            assertThat(claim.articleId()).isEqualTo("a1");
            assertThat(claim.articleIds()).containsExactly("a1", "a2");
        });

        // The exact copy repeats every claim of a1; the one a2 rephrased was never a2's.
        harness.send(article("bahn-original", "a3", "portal", T0.plusSeconds(120)));
        List<Claim> third = harness.claims();
        assertThat(third.stream().map(Claim::id).collect(Collectors.toSet())).isEqualTo(firstIds);
        assertThat(third).allSatisfy(claim -> assertThat(claim.articleIds()).startsWith("a1").endsWith("a3"));
        assertThat(third).filteredOn(claim -> claim.text().contains("Verhandlungsrunden"))
                .singleElement()
                .satisfies(claim -> assertThat(claim.articleIds()).containsExactly("a1", "a2", "a3"));
    }

    @Test
    void aClaimSeenInArticlesOfTwoSourcesListsBothOnce() {
        start(List.of());
        harness.send(article("bahn-original", "a1", "wwa", T0));
        assertThat(harness.claims()).isNotEmpty().allSatisfy(claim -> assertThat(claim.sources()).containsExactly("wwa"));

        harness.send(article("bahn-original", "a2", "portal", T0.plusSeconds(60)));
        assertThat(harness.claims()).isNotEmpty().allSatisfy(claim -> assertThat(claim.sources()).containsExactly("wwa", "portal"));

        harness.send(article("bahn-original", "a3", "wwa", T0.plusSeconds(120)));
        assertThat(harness.claims()).isNotEmpty().allSatisfy(claim -> {
            assertThat(claim.articleIds()).containsExactly("a1", "a2", "a3");
            assertThat(claim.sources()).as("a source is listed once").containsExactly("wwa", "portal");
        });
    }

    /** Its first article's source is not known to the claim stage, so such a claim goes on without sources. */
    @Test
    void aClaimStoredByAnEarlierBuildStaysWithoutSources() {
        start(List.of());
        harness.send(article("bahn-original", "a1", "wwa", T0));
        assertThat(harness.claims()).isNotEmpty();
        Map<String, ClaimState> stored = harness.store(ClaimAttributionProcessor.STORE);
        stored.forEach((id, state) -> harness.put(ClaimAttributionProcessor.STORE, id, new ClaimState(withoutSources(state.claim()),
                state.lastSeenMs())));

        harness.send(article("bahn-original", "a2", "portal", T0.plusSeconds(60)));

        assertThat(harness.claims()).hasSize(stored.size()).allSatisfy(claim -> {
            assertThat(claim.articleIds()).containsExactly("a1", "a2");
            assertThat(claim.schemaVersion()).isEqualTo(1);
            assertThat(claim.sources()).isNull();
        });
    }

    private static Claim withoutSources(Claim claim) {
        return new Claim(1, claim.id(), claim.articleId(), claim.articleIds(), claim.storyId(), claim.text(), claim.speaker(),
                claim.cue(), claim.direct(), claim.hedged(), claim.rules(), claim.start(), claim.end(), claim.highlights(),
                claim.language());
    }

    @Test
    void resentArticlePublishesNoClaims() {
        start(List.of());
        Article original = article("bahn-original", "a1", "wwa", T0);
        harness.send(original);
        assertThat(harness.claims()).isNotEmpty();

        harness.send(original);
        assertThat(harness.claims()).isEmpty();
    }

    @Test
    void correctedVersionPublishesOnlyItsNewClaims() {
        start(List.of());
        String text = Fixtures.text("bahn-original");
        harness.send(Fixtures.article("a1", 1, "wwa", "Warnstreik", text, T0));
        int before = harness.claims().size();

        String added = "\"Wir sind jederzeit zu Gesprächen bereit\", sagte Konzernsprecherin Anja Stellmacher am Abend.";
        harness.send(Fixtures.article("a1", 2, "wwa", "Warnstreik", text + "\n\n" + added, T0.plusSeconds(600)));
        List<Claim> after = harness.claims();

        assertThat(before).isPositive();
        assertThat(after).singleElement().satisfies(claim -> {
            assertThat(claim.text()).contains("jederzeit zu Gesprächen bereit");
            assertThat(claim.articleIds()).containsExactly("a1");
        });
    }

    @Test
    void aClaimCarriedByMoreArticlesThanItListsCountsThemAll() {
        start(List.of());
        int copies = Claim.MAX_LISTED_ARTICLES + 5;
        sendCopies(copies);

        Map<String, ClaimState> stored = harness.store(ClaimAttributionProcessor.STORE);
        assertThat(stored).isNotEmpty().allSatisfy((id, state) -> {
            assertThat(state.claim().articleCount()).isEqualTo(copies);
            assertThat(state.claim().articleIds()).hasSize(Claim.MAX_LISTED_ARTICLES).startsWith("c5").endsWith("c" + (copies - 1));
            assertThat(state.claim().articleId()).isEqualTo("c0");
            assertThat(state.claim().sources()).hasSize(copies);
        });
        assertThat(harness.store(ClaimAttributionProcessor.MEMBERS)).as("the articles no longer listed, of every claim")
                .hasSize(stored.size() * (copies - Claim.MAX_LISTED_ARTICLES));
    }

    @Test
    void aNewVersionOfAnArticleNoLongerListedIsNotCountedAgain() {
        start(List.of());
        int copies = Claim.MAX_LISTED_ARTICLES + 5;
        sendCopies(copies);

        String added = "\"Wir sind jederzeit zu Gesprächen bereit\", sagte Konzernsprecherin Anja Stellmacher am Abend.";
        harness.send(Fixtures.article("c1", 2, "quelle-1", "Warnstreik", Fixtures.text("bahn-original") + "\n\n" + added,
                T0.plusSeconds(3600)));

        assertThat(harness.claims()).as("only the sentence new to the story: c1 counted in the others already").singleElement()
                .satisfies(claim -> {
                    assertThat(claim.text()).contains("jederzeit zu Gesprächen bereit");
                    assertThat(claim.articleIds()).containsExactly("c1");
                    assertThat(claim.articleCount()).isOne();
                });
        assertThat(harness.<ClaimState>store(ClaimAttributionProcessor.STORE).values())
                .filteredOn(state -> !state.claim().text().contains("jederzeit"))
                .isNotEmpty()
                .allSatisfy(state -> assertThat(state.claim().articleCount()).isEqualTo(copies));
    }

    /** A claim stored by an earlier build lists every article (and has no count): it is capped when it grows. */
    @Test
    void aClaimStoredByAnEarlierBuildWithALongListIsCappedAndCountsEachArticleOnce() {
        start(List.of());
        sendCopies(3);
        List<String> every = new java.util.ArrayList<>(List.of("c0", "c1", "c2"));
        java.util.stream.IntStream.range(3, Claim.MAX_LISTED_ARTICLES + 50).forEach(i -> every.add("earlier-" + i));
        Map<String, ClaimState> stored = harness.store(ClaimAttributionProcessor.STORE);
        stored.forEach((id, state) -> harness.put(ClaimAttributionProcessor.STORE, id, new ClaimState(withArticles(state.claim(), every),
                state.lastSeenMs())));

        harness.send(article("bahn-original", "c-next", "quelle-next", T0.plusSeconds(60)));
        assertThat(harness.claims()).hasSize(stored.size()).allSatisfy(claim -> {
            assertThat(claim.articleCount()).isEqualTo(every.size() + 1);
            assertThat(claim.articleIds()).hasSize(Claim.MAX_LISTED_ARTICLES).doesNotContain("c1").endsWith("c-next");
        });

        String added = "\"Wir sind jederzeit zu Gesprächen bereit\", sagte Konzernsprecherin Anja Stellmacher am Abend.";
        harness.send(Fixtures.article("c1", 2, "quelle-1", "Warnstreik", Fixtures.text("bahn-original") + "\n\n" + added,
                T0.plusSeconds(3600)));
        assertThat(harness.claims()).as("c1 was counted in the earlier build's list").singleElement()
                .satisfies(claim -> assertThat(claim.text()).contains("jederzeit zu Gesprächen bereit"));
    }

    @Test
    void theUnlistedArticlesOfAClaimAreForgottenWithIt() {
        start(List.of());
        sendCopies(Claim.MAX_LISTED_ARTICLES + 5);
        assertThat(harness.store(ClaimAttributionProcessor.MEMBERS)).isNotEmpty();

        // Stream time beyond the 14-day story window: the claims of the copies' story go.
        harness.send(article("regierung-wohnungsbau", "r1", "wwa", T0.plus(java.time.Duration.ofDays(15))));

        assertThat(harness.<ClaimState>store(ClaimAttributionProcessor.STORE).values())
                .isNotEmpty()
                .allSatisfy(state -> assertThat(state.claim().storyId()).isEqualTo(Stories.idFor("r1")));
        assertThat(harness.store(ClaimAttributionProcessor.MEMBERS)).isEmpty();
    }

    private static Claim withArticles(Claim claim, List<String> articleIds) {
        return new Claim(claim.schemaVersion(), claim.id(), claim.articleId(), articleIds, claim.storyId(), claim.text(), claim.speaker(),
                claim.cue(), claim.direct(), claim.hedged(), claim.rules(), claim.start(), claim.end(), claim.highlights(),
                claim.language(), claim.sources());
    }

    /** The same text from {@code count} outlets, c0 first: every claim of c0 is carried by all of them. */
    private void sendCopies(int count) {
        for (int i = 0; i < count; i++) {
            harness.send(article("bahn-original", "c" + i, "quelle-" + i, T0.plusSeconds(i)));
        }
        assertThat(harness.claims()).isNotEmpty().allSatisfy(claim -> assertThat(claim.articleIds()).hasSizeLessThanOrEqualTo(
                Claim.MAX_LISTED_ARTICLES));
    }

    @Test
    void configuredRulesAreFlaggedWithHighlights() {
        start(List.of(Rule.of("pendler", "pendler"), Rule.of("iran", "iran")));
        harness.send(article("bahn-original", "a1", "wwa", T0));
        List<Claim> claims = harness.claims();

        List<Claim> flagged = claims.stream().filter(c -> c.text().contains("Pendler")).toList();
        assertThat(flagged).isNotEmpty().allSatisfy(claim -> {
            assertThat(claim.rules()).containsExactly("pendler");
            assertThat(claim.highlights()).isNotEmpty();
            Claim.Span span = claim.highlights().get(0);
            assertThat(claim.text().substring(span.start(), span.end())).containsIgnoringCase("pendler");
        });
        assertThat(claims.stream().filter(c -> !c.text().contains("Pendler")))
                .allSatisfy(claim -> assertThat(claim.rules()).isEmpty());
    }

    @Test
    void eachClaimOfAnArticleIsFlaggedByItsOwnSentenceOnly() {
        start(List.of(Rule.of("panzer-lieferung", "panzer AND lieferung*"), Rule.of("kirby-ohne-iran", "kirby NOT iran"),
                Rule.of("iran-lieferung", "lieferung* AND iran")));
        harness.send(Fixtures.article("k1", 1, "wwa", "Waffenhilfe",
                "\"Die Panzer stehen bereit\", sagte Pentagon-Sprecher John Kirby am Montag in Washington.\n"
                        + "\"Über weitere Lieferungen an Iran entscheiden wir später\", sagte ein Regierungssprecher in Berlin.",
                T0));

        List<Claim> claims = harness.claims();
        assertThat(claims).hasSize(2);
        assertThat(claims).filteredOn(c -> c.text().contains("Panzer")).singleElement()
                .satisfies(claim -> assertThat(claim.rules()).containsExactly("kirby-ohne-iran"));
        assertThat(claims).filteredOn(c -> c.text().contains("Lieferungen")).singleElement()
                .satisfies(claim -> assertThat(claim.rules()).containsExactly("iran-lieferung"));
    }

    @Test
    void rulesTopicAddsAndRemovesRulesWithoutRestart() {
        start(List.of());
        harness.putRule(Rule.of("bad", "angebot AND ((("));
        harness.putRule(Rule.of("angebot", "angebot"));
        harness.send(article("bahn-original", "a1", "wwa", T0));

        assertThat(harness.claims().stream().filter(c -> c.text().contains("Angebot")))
                .isNotEmpty()
                .allSatisfy(claim -> assertThat(claim.rules()).containsExactly("angebot"));

        harness.deleteRule("angebot");
        harness.send(Fixtures.article("b1", 1, "wwa", "Tarifstreit im Handel",
                "\"Das Angebot der Arbeitgeber ist eine Provokation für alle Beschäftigten im Handel\", sagte die Verhandlungsführerin Petra Olbrich am Freitag in Frankfurt.",
                T0.plusSeconds(60)));

        assertThat(harness.claims()).isNotEmpty().allSatisfy(claim -> assertThat(claim.rules()).isEmpty());
    }
}
