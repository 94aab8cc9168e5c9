package io.wirewatch.processor;

import static io.wirewatch.processor.Fixtures.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.Story;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Verdict;
import io.wirewatch.processor.copies.ArticleState;
import io.wirewatch.processor.copies.CopyStores;
import io.wirewatch.processor.story.Stories;
import io.wirewatch.processor.story.StoryMatcher;

/**
 * Verdicts revised when a later article shows them wrong: a portal copy fetched before its agency original,
 * a backfill of articles published earlier than what arrived first. The revision is published on the
 * assignments topic; stories and claims are not sent again.
 */
class VerdictRevisionTest extends HarnessTest {

    @Test
    void aPortalCopyFetchedBeforeItsAgencyOriginalIsRevisedToACopyOfIt() {
        // The portal's copy (navigation, credit, share and "Siehe auch" lines, cut after two paragraphs) is
        // published half an hour after the agency text but fetched first.
        StoryAssignment first = harness.assign(article("faehre-portal", "portal", "kuestenportal", T0.plusSeconds(1800)));
        String story = Stories.idFor("portal");
        assertThat(first.reason()).isEqualTo(Verdict.ORIGINAL);
        assertThat(first.duplicateOf()).isNull();
        assertThat(first.storyId()).isEqualTo(story);
        assertThat(first.revision()).isZero();
        harness.stories();
        harness.claims();

        List<StoryAssignment> out = harness.send(article("faehre-original", "agency", "wwa", T0));

        assertThat(out).extracting(StoryAssignment::articleId).containsExactly("agency", "portal");
        StoryAssignment original = out.get(0);
        assertThat(original.duplicateOf()).isNull();
        assertThat(original.reason()).as("it takes the place and the verdict of the former original").isEqualTo(Verdict.ORIGINAL);
        assertThat(original.storyId()).as("the story keeps its id: alerts and links stay valid").isEqualTo(story);
        assertThat(original.revision()).isZero();
        StoryAssignment revised = out.get(1);
        assertThat(revised.duplicateOf()).isEqualTo("agency");
        assertThat(revised.reason()).isEqualTo(Verdict.NEAR_COPY);
        assertThat(revised.similarity()).isGreaterThanOrEqualTo(0.8);
        assertThat(revised.storyId()).isEqualTo(story);
        assertThat(revised.revision()).isEqualTo(1);
        assertThat(revised.revisedBy()).isEqualTo("agency");
        assertThat(revised.articleVersion()).isEqualTo(1);
        assertThat(revised.assignedAt()).as("still the portal copy's own time").isEqualTo(T0.plusSeconds(1800));

        Map<String, Story> stories = harness.stories();
        assertThat(stories).containsOnlyKeys(story);
        assertThat(stories.get(story).articleIds()).containsExactly("portal", "agency");
        assertThat(stories.get(story).firstSeen()).isEqualTo(T0);
        List<Claim> claims = harness.claims();
        assertThat(claims).as("the agency text's claims; the portal copy is not sent to claims again").isNotEmpty()
                .allSatisfy(claim -> assertThat(claim.articleIds()).contains("agency"));
    }

    @Test
    void withoutPublicationTimesTheFullerTextIsTheOriginalOfItsCutCopy() {
        harness.assign(undated("faehre-portal", "portal", "kuestenportal", T0));

        List<StoryAssignment> out = harness.send(undated("faehre-original", "agency", "wwa", T0.plusSeconds(600)));

        assertThat(out).extracting(StoryAssignment::articleId).containsExactly("agency", "portal");
        assertThat(out.get(0).duplicateOf()).isNull();
        assertThat(out.get(1).duplicateOf()).isEqualTo("agency");
        assertThat(out.get(1).revision()).isEqualTo(1);
    }

    @Test
    void aBackfillPublishedEarlierRevisesTheWholeCopyGroup() {
        harness.assign(article("bahn-neuer-einstieg", "late", "kurier", T0.plusSeconds(3600)));
        StoryAssignment copyOfLate = harness.assign(article("bahn-schweiz", "swiss", "zuercher", T0.plusSeconds(7200)));
        assertThat(copyOfLate.duplicateOf()).isEqualTo("late");

        List<StoryAssignment> out = harness.send(article("bahn-original", "early", "wwa", T0));

        assertThat(out).extracting(StoryAssignment::articleId).containsExactlyInAnyOrder("early", "late", "swiss");
        assertThat(out.get(0).articleId()).as("the new verdict first, then the revisions").isEqualTo("early");
        assertThat(out.get(0).duplicateOf()).isNull();
        assertThat(out).filteredOn(StoryAssignment::revised)
                .hasSize(2)
                .allSatisfy(revised -> {
                    assertThat(revised.duplicateOf()).isEqualTo("early");
                    assertThat(revised.revisedBy()).isEqualTo("early");
                    assertThat(revised.storyId()).isEqualTo(Stories.idFor("late"));
                });
        StoryAssignment swiss = out.stream().filter(a -> a.articleId().equals("swiss")).findFirst().orElseThrow();
        assertThat(swiss.similarity()).as("a member that was not displaced keeps its similarity").isEqualTo(copyOfLate.similarity());
        Story story = harness.stories().get(Stories.idFor("late"));
        assertThat(story.articleIds()).containsExactly("late", "swiss", "early");
        assertThat(story.firstSeen()).isEqualTo(T0);
    }

    @Test
    void aLaterArrivalThatIsJustACopyRevisesNothing() {
        harness.assign(article("bahn-original", "a1", "wwa", T0));

        assertThat(harness.send(article("bahn-portal", "p1", "portal", T0.plusSeconds(60)))).singleElement()
                .satisfies(copy -> assertThat(copy.duplicateOf()).isEqualTo("a1"));
        assertThat(harness.send(article("bahn-gekuerzt", "a2", "kurier", T0.plusSeconds(120)))).singleElement()
                .satisfies(copy -> assertThat(copy.revision()).isZero());
        assertThat(harness.send(article("bahn-schweiz", "a3", "zuercher", T0.plusSeconds(180)))).singleElement()
                .satisfies(copy -> assertThat(copy.duplicateOf()).isEqualTo("a1"));
    }

    @Test
    void aFullerTextPublishedLaterDoesNotDisplaceTheOriginal() {
        // Publication time comes first: the teaser was published first, so it stays the original although the
        // full text that arrives after it contains it.
        harness.assign(article("bahn-teaser", "teaser", "portal", T0));

        assertThat(harness.send(article("bahn-original", "full", "wwa", T0.plusSeconds(600)))).singleElement()
                .satisfies(copy -> assertThat(copy.duplicateOf()).isEqualTo("teaser"));
    }

    @Test
    void anExactCopyPublishedEarlierBecomesTheOriginal() {
        harness.assign(article("bahn-original", "repost", "portal", T0.plusSeconds(900)));

        List<StoryAssignment> out = harness.send(article("bahn-original", "agency", "wwa", T0));

        assertThat(out).extracting(StoryAssignment::articleId).containsExactly("agency", "repost");
        assertThat(out.get(1).reason()).isEqualTo(Verdict.EXACT);
        assertThat(out.get(1).similarity()).isEqualTo(1.0);
    }

    @Test
    void aVerdictIsRevisedAgainWhenAnEvenEarlierOriginalArrives() {
        harness.assign(article("bahn-portal", "portal", "portal", T0.plusSeconds(7200)));
        assertThat(harness.send(article("bahn-original", "agency", "wwa", T0.plusSeconds(60))))
                .extracting(StoryAssignment::articleId).containsExactly("agency", "portal");

        List<StoryAssignment> out = harness.send(article("bahn-schweiz", "first", "zuercher", T0));

        assertThat(out).extracting(StoryAssignment::articleId).containsExactlyInAnyOrder("first", "agency", "portal");
        StoryAssignment portal = out.stream().filter(a -> a.articleId().equals("portal")).findFirst().orElseThrow();
        assertThat(portal.revision()).isEqualTo(2);
        assertThat(portal.duplicateOf()).isEqualTo("first");
        StoryAssignment agency = out.stream().filter(a -> a.articleId().equals("agency")).findFirst().orElseThrow();
        assertThat(agency.revision()).isEqualTo(1);
        assertThat(agency.duplicateOf()).isEqualTo("first");
    }

    @Test
    void replayingTheInputPublishesNoSecondRevision() {
        Article portal = article("faehre-portal", "portal", "kuestenportal", T0.plusSeconds(1800));
        Article agency = article("faehre-original", "agency", "wwa", T0);
        harness.assign(portal);
        assertThat(harness.send(agency)).hasSize(2);

        assertThat(harness.send(portal)).isEmpty();
        assertThat(harness.send(agency)).isEmpty();
        Map<String, ArticleState> states = harness.store(CopyStores.ARTICLES);
        assertThat(states.get("portal").revision()).isEqualTo(1);
        assertThat(states.get("portal").originalId()).isEqualTo("agency");
        assertThat(states.get("portal").rootId()).as("the copy group keeps its key").isEqualTo("portal");
        assertThat(states.get("agency").rootId()).isEqualTo("portal");
    }

    @Test
    void aNewVersionOfARevisedCopyKeepsTheRevisedVerdict() {
        harness.assign(article("faehre-portal", "portal", "kuestenportal", T0.plusSeconds(1800)));
        harness.send(article("faehre-original", "agency", "wwa", T0));
        Article corrected = Fixtures.article("portal", 2, "kuestenportal", "Korrektur", Fixtures.text("faehre-portal") + "\n\nKorrigiert.",
                T0.plusSeconds(3600));

        StoryAssignment verdict = harness.assign(corrected);

        assertThat(verdict.articleVersion()).isEqualTo(2);
        assertThat(verdict.duplicateOf()).isEqualTo("agency");
        assertThat(verdict.revision()).isEqualTo(1);
    }

    @Test
    void anOriginalThatCopiesTwoGroupsOfItsStoryJoinsThem() {
        // Two halves of one agency text, each published by a portal before the agency text arrives: they share
        // no paragraph, so they are two copy groups, which an independent-report match put in one story.
        harness.close();
        StoryMatcher sameStrike = (article, evidence, event, eventTimeMs) -> Optional.of(Stories.idFor("first-half"));
        harness = new TopologyHarness(ProcessorConfig.defaults(), sameStrike, stateDir.resolve("halves"));
        String[] paragraphs = Fixtures.text("bahn-original").split("\n\n");
        String firstHalf = paragraphs[0] + "\n\n" + paragraphs[1];
        String secondHalf = paragraphs[2] + "\n\n" + paragraphs[3];
        harness.assign(Fixtures.article("first-half", 1, "portal", "Warnstreik", firstHalf, T0.plusSeconds(3600)));
        StoryAssignment second = harness.assign(Fixtures.article("second-half", 1, "kurier", "Notfahrplan", secondHalf, T0.plusSeconds(7200)));
        assertThat(second.duplicateOf()).as("no copy of the first half").isNull();
        assertThat(second.storyId()).isEqualTo(Stories.idFor("first-half"));

        List<StoryAssignment> out = harness.send(article("bahn-original", "agency", "wwa", T0));

        assertThat(out.get(0).articleId()).isEqualTo("agency");
        assertThat(out.get(0).duplicateOf()).isNull();
        assertThat(out).filteredOn(StoryAssignment::revised)
                .extracting(StoryAssignment::articleId).containsExactlyInAnyOrder("first-half", "second-half");
        assertThat(out).filteredOn(StoryAssignment::revised).allSatisfy(revised -> {
            assertThat(revised.duplicateOf()).isEqualTo("agency");
            assertThat(revised.reason()).isEqualTo(Verdict.NEAR_COPY);
            assertThat(revised.similarity()).as("a copy by the verifier's thresholds").isGreaterThanOrEqualTo(0.5);
            assertThat(revised.storyId()).isEqualTo(Stories.idFor("first-half"));
        });
    }

    @Test
    void aRevisionReachesGroupMembersNoLongerListedInTheStory() {
        // A story record lists only its newest members: the copy group of a long story is found by the members index.
        harness.close();
        StoryMatcher oneStory = (article, evidence, event, eventTimeMs) -> Optional.of(Stories.idFor("late"));
        harness = new TopologyHarness(ProcessorConfig.defaults(), oneStory, stateDir.resolve("long-story"));
        harness.assign(article("bahn-neuer-einstieg", "late", "kurier", T0.plusSeconds(3600)));
        assertThat(harness.assign(article("bahn-schweiz", "swiss", "zuercher", T0.plusSeconds(7200))).duplicateOf()).isEqualTo("late");
        Random random = new Random(7);
        for (int i = 0; i < Story.MAX_LISTED_ARTICLES; i++) {
            StoryAssignment report = harness.assign(Fixtures.article("report-" + i, 1, "lokal-" + i, "Meldung " + i, randomText(random),
                    T0.plusSeconds(7300 + i)));
            assertThat(report.duplicateOf()).isNull();
        }
        Story listed = harness.stories().get(Stories.idFor("late"));
        assertThat(listed.articleIds()).hasSize(Story.MAX_LISTED_ARTICLES).doesNotContain("late", "swiss");
        assertThat(listed.articleCount()).isEqualTo(Story.MAX_LISTED_ARTICLES + 2);

        List<StoryAssignment> out = harness.send(article("bahn-original", "early", "wwa", T0));

        assertThat(out.get(0).articleId()).isEqualTo("early");
        assertThat(out).filteredOn(StoryAssignment::revised).extracting(StoryAssignment::articleId)
                .containsExactlyInAnyOrder("late", "swiss");
        assertThat(harness.stories().get(Stories.idFor("late")).articleCount()).isEqualTo(Story.MAX_LISTED_ARTICLES + 3);
    }

    /** Sixty random words: a report that is nobody's copy. */
    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        for (int word = 0; word < 60; word++) {
            for (int letter = 0; letter < 4 + random.nextInt(6); letter++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(word % 12 == 11 ? ".\n\n" : " ");
        }
        return text.toString().strip();
    }

    /** The fixture without a publication time, fetched at the given time. */
    private static Article undated(String name, String id, String sourceId, Instant fetchedAt) {
        Article dated = article(name, id, sourceId, fetchedAt);
        return new Article(dated.schemaVersion(), id, 1, sourceId, dated.origin(), dated.url(), dated.title(), dated.text(),
                dated.language(), dated.authors(), null, fetchedAt, dated.contentHash());
    }
}
