package io.wirewatch.processor;

import static io.wirewatch.processor.Fixtures.article;
import static io.wirewatch.processor.Fixtures.withFooter;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Article;
import io.wirewatch.events.Story;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Verdict;
import io.wirewatch.processor.attribution.ClaimAttributionProcessor;
import io.wirewatch.processor.attribution.ClaimState;
import io.wirewatch.processor.copies.ArticleState;
import io.wirewatch.processor.copies.CopyStores;
import io.wirewatch.processor.state.ExpiryIndex;
import io.wirewatch.processor.story.EvidencePostings;
import io.wirewatch.processor.story.EvidenceStoryMatcher;
import io.wirewatch.processor.story.Stories;
import io.wirewatch.processor.story.StoryMatcher;

class ProcessorTopologyTest extends HarnessTest {

    @Test
    void originalStartsItsOwnStory() {
        StoryAssignment verdict = harness.assign(article("bahn-original", "a1", "wwa", T0));

        assertThat(verdict.reason()).isEqualTo(Verdict.ORIGINAL);
        assertThat(verdict.duplicateOf()).isNull();
        assertThat(verdict.similarity()).isZero();
        assertThat(verdict.storyId()).isEqualTo(Stories.idFor("a1"));
        assertThat(verdict.assignedAt()).isEqualTo(T0);
    }

    @Test
    void exactDuplicateIsMarkedExact() {
        harness.assign(article("bahn-original", "a1", "wwa", T0));
        StoryAssignment copy = harness.assign(article("bahn-original", "a2", "kurier", T0.plusSeconds(600)));

        assertThat(copy.reason()).isEqualTo(Verdict.EXACT);
        assertThat(copy.duplicateOf()).isEqualTo("a1");
        assertThat(copy.similarity()).isEqualTo(1.0);
        assertThat(copy.storyId()).isEqualTo(Stories.idFor("a1"));
    }

    @Test
    void copyWithNewHeadlineAndLeadIsNearCopy() {
        harness.assign(article("bahn-original", "a1", "wwa", T0));
        StoryAssignment copy = harness.assign(article("bahn-neuer-einstieg", "a2", "kurier", T0.plusSeconds(3600)));

        assertThat(copy.reason()).isEqualTo(Verdict.NEAR_COPY);
        assertThat(copy.duplicateOf()).isEqualTo("a1");
        assertThat(copy.similarity()).isBetween(0.5, 0.99);
        assertThat(copy.storyId()).isEqualTo(Stories.idFor("a1"));
    }

    @Test
    void cutCopyAndTeaserAreContainedCopies() {
        harness.assign(article("bahn-original", "a1", "wwa", T0));
        StoryAssignment cut = harness.assign(article("bahn-gekuerzt", "a2", "kurier", T0.plusSeconds(60)));
        StoryAssignment teaser = harness.assign(article("bahn-teaser", "a3", "portal", T0.plusSeconds(120)));

        assertThat(cut.duplicateOf()).isEqualTo("a1");
        assertThat(cut.reason()).isEqualTo(Verdict.NEAR_COPY);
        assertThat(teaser.duplicateOf()).isEqualTo("a1");
        assertThat(teaser.similarity()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aPortalCopyCutAfterItsLeadAndWrappedInNavigationIsACopy() {
        harness.assign(article("bahn-original", "a1", "wwa", T0));
        StoryAssignment portal = harness.assign(article("bahn-portal", "p1", "portal", T0.plusSeconds(60)));

        assertThat(portal.duplicateOf()).as("navigation, credit, share and 'Siehe auch' lines do not decide").isEqualTo("a1");
        assertThat(portal.reason()).isEqualTo(Verdict.NEAR_COPY);
    }

    @Test
    void swissSpellingAndGuillemetsStillCopy() {
        harness.assign(article("bahn-original", "a1", "wwa", T0));
        StoryAssignment swiss = harness.assign(article("bahn-schweiz", "ch1", "zuercher", T0.plusSeconds(900)));

        assertThat(swiss.reason()).as("the raw texts differ, so this is not the content-hash path").isEqualTo(Verdict.NEAR_COPY);
        assertThat(swiss.duplicateOf()).isEqualTo("a1");
        assertThat(swiss.similarity()).isEqualTo(1.0);
    }

    @Test
    void sameSpokesmanOnDifferentEventsIsNotACopy() {
        StoryAssignment housing = harness.assign(article("regierung-wohnungsbau", "r1", "wwa", T0));
        StoryAssignment childcare = harness.assign(article("regierung-kita", "r2", "wwa", T0.plusSeconds(1800)));

        assertThat(childcare.reason()).isEqualTo(Verdict.ORIGINAL);
        assertThat(childcare.duplicateOf()).isNull();
        assertThat(childcare.storyId()).isNotEqualTo(housing.storyId());
    }

    @Test
    void sharedFooterNeverMakesCopies() {
        // Two long articles of different stories teach the processor that the footer is boilerplate.
        assertThat(harness.assign(withFooter("regierung-wohnungsbau", "t1", "tageblatt", T0)).reason()).isEqualTo(Verdict.ORIGINAL);
        assertThat(harness.assign(withFooter("regierung-kita", "t2", "tageblatt", T0.plusSeconds(60))).reason()).isEqualTo(Verdict.ORIGINAL);

        // Two short notices whose text is mostly that footer (raw Jaccard above 0.5, see CopyVerifierTest).
        StoryAssignment council = harness.assign(withFooter("kurz-stadtrat", "t3", "tageblatt", T0.plusSeconds(120)));
        StoryAssignment zoo = harness.assign(withFooter("kurz-zoo", "t4", "tageblatt", T0.plusSeconds(180)));

        assertThat(council.reason()).isEqualTo(Verdict.ORIGINAL);
        assertThat(zoo.reason()).isEqualTo(Verdict.ORIGINAL);
        assertThat(zoo.storyId()).isNotEqualTo(council.storyId());
    }

    @Test
    void copiesOfCopiesPointToTheFirstArrivedArticle() {
        harness.assign(article("bahn-original", "a1", "wwa", T0));
        harness.assign(article("bahn-schweiz", "a2", "zuercher", T0.plusSeconds(60)));
        StoryAssignment third = harness.assign(article("bahn-schweiz", "a3", "basler", T0.plusSeconds(120)));

        assertThat(third.duplicateOf()).isEqualTo("a1");
    }

    @Test
    void earlierPublishedCopyArrivingLaterBecomesTheOriginal() {
        // The group's original is the earliest published (see VerdictRevisionTest): the copy that arrived
        // first is revised. The story keeps its id, and its firstSeen follows publication times.
        harness.assign(article("bahn-neuer-einstieg", "late", "kurier", T0.plusSeconds(3600)));
        List<StoryAssignment> out = harness.send(article("bahn-original", "early", "wwa", T0));

        assertThat(out.get(0).duplicateOf()).isNull();
        assertThat(out.get(1).duplicateOf()).isEqualTo("early");
        Story story = harness.stories().get(Stories.idFor("late"));
        assertThat(story.firstSeen()).isEqualTo(T0);
        assertThat(story.lastSeen()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void articleBeyondTheCopyWindowIsNotACopy() {
        harness.assign(article("bahn-original", "a1", "wwa", T0));
        // Another article advances stream time past the window, so the eviction punctuation runs.
        harness.assign(article("regierung-kita", "r1", "wwa", T0.plus(Duration.ofHours(80))));
        StoryAssignment late = harness.assign(article("bahn-original", "a2", "kurier", T0.plus(Duration.ofHours(73))));

        // No longer a copy; but within the story window its quotes, names and figures still join a1's story.
        assertThat(late.reason()).isEqualTo(Verdict.STORY_MATCH);
        assertThat(late.duplicateOf()).isNull();
        assertThat(late.storyId()).isEqualTo(Stories.idFor("a1"));
    }

    @Test
    void articleJustInsideTheCopyWindowIsACopy() {
        harness.assign(article("bahn-original", "a1", "wwa", T0));
        StoryAssignment copy = harness.assign(article("bahn-schweiz", "a2", "kurier", T0.plus(Duration.ofHours(71))));

        assertThat(copy.duplicateOf()).isEqualTo("a1");
    }

    @Test
    void resentArticleIsNotAssignedAgain() {
        Article original = article("bahn-original", "a1", "wwa", T0);
        harness.assign(original);

        assertThat(harness.send(original)).isEmpty();
        assertThat(harness.stories().get(Stories.idFor("a1")).articleIds()).containsExactly("a1");
    }

    @Test
    void newVersionKeepsItsStory() {
        harness.assign(article("bahn-original", "a1", "wwa", T0));
        harness.assign(article("bahn-schweiz", "a2", "kurier", T0.plusSeconds(60)));
        Article corrected = Fixtures.article("a2", 2, "kurier", "Korrektur", Fixtures.text("regierung-kita"), T0.plusSeconds(120));

        StoryAssignment verdict = harness.assign(corrected);

        assertThat(verdict.articleVersion()).isEqualTo(2);
        assertThat(verdict.storyId()).isEqualTo(Stories.idFor("a1"));
        assertThat(verdict.duplicateOf()).isEqualTo("a1");
    }

    @Test
    void storyListsMembersAndDistinctSources() {
        harness.assign(article("bahn-original", "a1", "wwa", T0));
        harness.assign(article("bahn-schweiz", "a2", "zuercher", T0.plusSeconds(60)));
        harness.assign(article("bahn-gekuerzt", "a3", "wwa", T0.plusSeconds(120)));

        Map<String, Story> stories = harness.stories();
        assertThat(stories).hasSize(1);
        Story story = stories.get(Stories.idFor("a1"));
        assertThat(story.articleIds()).containsExactly("a1", "a2", "a3");
        assertThat(story.sources()).containsExactly("wwa", "zuercher");
        assertThat(story.title()).isEqualTo(Fixtures.title("bahn-original"));
        assertThat(story.firstSeen()).isEqualTo(T0);
        assertThat(story.lastSeen()).isEqualTo(T0.plusSeconds(120));
    }

    @Test
    void poisonRecordDoesNotStopTheStream() {
        harness.sendRaw("broken", "{not json".getBytes(StandardCharsets.UTF_8), T0);
        StoryAssignment after = harness.assign(article("bahn-original", "a1", "wwa", T0.plusSeconds(1)));

        // The dead-letter copy is written by the Kafka Streams runtime, which the test driver does not
        // emulate; ProcessorServiceIT checks it on a real broker.
        assertThat(after.articleId()).isEqualTo("a1");
    }

    @Test
    void stateBeyondTheWindowsIsEvicted() {
        harness.assign(article("bahn-original", "a1", "wwa", T0));

        harness.assign(article("regierung-kita", "r1", "wwa", T0.plus(Duration.ofHours(75))));
        Map<String, ArticleState> afterCopyWindow = harness.store(CopyStores.ARTICLES);
        assertThat(afterCopyWindow.get("a1").retired()).as("kept to recognise a re-send, but no candidate").isTrue();
        assertThat(afterCopyWindow.get("a1").shingles()).as("its fingerprint is dropped").isEmpty();

        harness.assign(article("regierung-wohnungsbau", "r2", "wwa", T0.plus(Duration.ofDays(15))));
        // Stream time is now 15 days: a1 (day 0) is beyond the 14-day story window, r1 (day 3) is not.
        assertThat(harness.<ArticleState>store(CopyStores.ARTICLES)).containsOnlyKeys("r1", "r2");
        assertThat(harness.<String>store(CopyStores.TIMELINE).values())
                .as("eviction's arrival index lists exactly the stored articles")
                .containsExactlyInAnyOrder("r1", "r2");
        assertThat(harness.<Story>store(CopyStores.STORIES)).containsOnlyKeys(Stories.idFor("r1"), Stories.idFor("r2"));
        assertThat(harness.<EvidencePostings>store(EvidenceStoryMatcher.STORE).values())
                .as("story evidence of a1 is forgotten with its story")
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.lastSeenMs()).isGreaterThan(T0.toEpochMilli()));
        assertThat(harness.<ClaimState>store(ClaimAttributionProcessor.STORE).values())
                .as("claims of a1's story are forgotten with it")
                .allSatisfy(c -> assertThat(c.claim().storyId()).isIn(Stories.idFor("r1"), Stories.idFor("r2")));
        // The expiry indexes list the keys that remain (each at or before its time), and no key evicted.
        Set<String> listed = new HashSet<>();
        for (String index : List.of(CopyStores.EXPIRY, EvidenceStoryMatcher.EXPIRY, ClaimAttributionProcessor.EXPIRY)) {
            harness.<String>store(index).values().forEach(entry -> listed.addAll(ExpiryIndex.decode(entry)));
        }
        Set<String> stored = new HashSet<>(harness.store(CopyStores.LINES).keySet());
        stored.addAll(harness.store(CopyStores.STORIES).keySet());
        stored.addAll(harness.store(EvidenceStoryMatcher.STORE).keySet());
        stored.addAll(harness.store(EvidenceStoryMatcher.PROFILES).keySet());
        stored.addAll(harness.store(ClaimAttributionProcessor.STORE).keySet());
        assertThat(listed).isEqualTo(stored);
    }

    @Test
    void storyMatcherPutsAnIndependentReportIntoAnExistingStory() {
        harness.close();
        StoryMatcher sameSpokesman = (article, evidence, event, eventTimeMs) -> article.text().contains("Wendler") ? Optional.of(Stories.idFor("r1")) : Optional.empty();
        harness = new TopologyHarness(ProcessorConfig.defaults(), sameSpokesman, stateDir.resolve("matcher"));

        harness.assign(article("regierung-wohnungsbau", "r1", "wwa", T0));
        StoryAssignment second = harness.assign(article("regierung-kita", "r2", "kurier", T0.plusSeconds(60)));

        assertThat(second.reason()).isEqualTo(Verdict.STORY_MATCH);
        assertThat(second.duplicateOf()).isNull();
        assertThat(second.storyId()).isEqualTo(Stories.idFor("r1"));
        assertThat(harness.stories().get(Stories.idFor("r1")).articleIds()).containsExactly("r1", "r2");
    }

    @Test
    void tinyTextsNeverMatch() {
        harness.assign(Fixtures.article("n1", 1, "wwa", "Meldung", "Die Polizei ermittelt.", T0));
        List<StoryAssignment> second = harness.send(Fixtures.article("n2", 1, "kurier", "Meldung", "Die Polizei ermittelt weiter.", T0.plusSeconds(5)));

        assertThat(second).singleElement().satisfies(v -> assertThat(v.reason()).isEqualTo(Verdict.ORIGINAL));
    }
}
