package io.wirewatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.LongToIntFunction;

import org.junit.jupiter.api.Test;

class EventSimilarityTest {

    private static final LongToIntFunction UNSEEN = key -> 0;

    @Test
    void theMergedCosineAgreesWithItsTextbookForm() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            EventKeys a = keys(random, 40);
            EventKeys b = keys(random, 40);
            Map<Long, Integer> df = new HashMap<>();
            for (long key : a.topic()) {
                df.put(key, random.nextInt(20));
            }
            long stories = 100;
            LongToIntFunction frequency = key -> df.getOrDefault(key, 3);

            EventSimilarity.Match match = EventSimilarity.match(a, b, frequency, stories);

            assertThat(match.topic()).isCloseTo(cosine(a.topic(), b.topic(), frequency, stories), within(1e-12));
        }
    }

    @Test
    void twoOneLineNoticesNeverJoinHoweverAlike() {
        EventKeys notice = EventKeys.of(List.of("w:polizei", "w:ermittelt", "w:zeugen", "d:05-14"));

        EventSimilarity.Match match = EventSimilarity.match(notice, notice, UNSEEN, 1_000);

        assertThat(match.topic()).isCloseTo(1.0, within(1e-9));
        assertThat(match.score()).isZero();
    }

    @Test
    void wordsAloneJoinOnlyOnceTheStreamKnowsEnoughStoriesToWeighThem() {
        EventKeys report = EventKeys.of(words(30));

        assertThat(EventSimilarity.match(report, report, UNSEEN, 10).score()).as("young stream: a shared fact is needed").isZero();
        assertThat(EventSimilarity.match(report, report, UNSEEN, 1_000).joins()).isTrue();
    }

    @Test
    void aSharedDateCountsOnlyWhileFewStoriesHoldIt() {
        List<String> evidence = new java.util.ArrayList<>(words(30));
        evidence.add("d:01-01");
        EventKeys report = EventKeys.of(evidence);
        long newYear = report.anchors()[0];

        assertThat(EventSimilarity.match(report, report, UNSEEN, 10).anchors()).isEqualTo(1);
        assertThat(EventSimilarity.match(report, report, key -> key == newYear ? 40 : 0, 200).anchors())
                .as("New Year's Day in 40 of 200 stories").isZero();
    }

    @Test
    void threeSharedRareNamesMakeAnAnchorTwoDoNot() {
        List<String> two = new java.util.ArrayList<>(words(30));
        two.addAll(List.of("n:markt schwaben", "n:landkreis erding"));
        List<String> three = new java.util.ArrayList<>(two);
        three.add("n:manfred winter");
        EventKeys withTwo = EventKeys.of(two);
        EventKeys withThree = EventKeys.of(three);

        assertThat(EventSimilarity.match(withTwo, withTwo, UNSEEN, 1_000).anchors()).as("a place is a topic").isZero();
        assertThat(EventSimilarity.match(withThree, withThree, UNSEEN, 1_000).anchors()).isEqualTo(1);
        assertThat(EventSimilarity.match(withThree, withThree, UNSEEN, 10).anchors())
                .as("young stream: a name's rarity is not known yet").isZero();
        long name = withThree.anchors()[0];
        assertThat(EventSimilarity.match(withThree, withThree, key -> key == name ? 400 : 0, 1_000).anchors())
                .as("a name of many stories does not count").isZero();
    }

    @Test
    void aNameWithItsTitleIsOneName() {
        List<String> evidence = new java.util.ArrayList<>(words(30));
        evidence.addAll(List.of("n:regierungssprecher matthias", "n:matthias wendler", "n:milliarden euro"));

        EventKeys report = EventKeys.of(evidence);

        assertThat(report.anchors()).hasSize(2);
        assertThat(EventSimilarity.match(report, report, UNSEEN, 1_000).anchors()).isZero();
    }

    @Test
    void namesAndFactsAreToldApart() {
        EventKeys report = EventKeys.of(List.of("n:matthias wendler", "d:05-14", "z:350", "q:wir lassen die menschen an der"));

        assertThat(java.util.Arrays.stream(report.anchors()).filter(EventKeys::isName).count()).isEqualTo(1);
    }

    @Test
    void twoAccidentsOfOneTownWithOtherAgesAndAmountsConflictAndDoNotJoinOnWordsAlone() {
        List<String> place = words(30);
        List<String> first = new java.util.ArrayList<>(place);
        first.addAll(List.of("a:42", "m:8500"));
        List<String> second = new java.util.ArrayList<>(place);
        second.addAll(List.of("a:68", "a:19", "m:3000"));

        EventSimilarity.Match match = EventSimilarity.match(EventKeys.of(first), EventKeys.of(second), UNSEEN, 1_000);

        assertThat(match.topic()).isCloseTo(1.0, within(1e-9));
        assertThat(match.conflicts()).isEqualTo(2);
        assertThat(match.anchors()).as("typed facts are no anchors").isZero();
        assertThat(match.joins()).isFalse();
    }

    @Test
    void oneSharedValueOfAKindOrAKindInOneReportOnlyIsNoConflict() {
        List<String> first = new java.util.ArrayList<>(words(30));
        first.addAll(List.of("a:42", "a:19", "m:8500"));
        List<String> second = new java.util.ArrayList<>(words(30));
        second.addAll(List.of("a:19"));

        EventSimilarity.Match match = EventSimilarity.match(EventKeys.of(first), EventKeys.of(second), UNSEEN, 1_000);

        assertThat(match.conflicts()).isZero();
        assertThat(match.joins()).isTrue();
    }

    @Test
    void sharedFactsOutweighingConflictsStillJoin() {
        List<String> first = new java.util.ArrayList<>(words(30));
        first.addAll(List.of("a:42", "d:05-14", "z:350"));
        List<String> second = new java.util.ArrayList<>(words(30));
        second.addAll(List.of("a:24", "d:05-14", "z:350"));

        EventSimilarity.Match match = EventSimilarity.match(EventKeys.of(first), EventKeys.of(second), UNSEEN, 10);

        assertThat(match.conflicts()).isEqualTo(1);
        assertThat(match.anchors()).isEqualTo(2);
        assertThat(match.joins()).isTrue();
    }

    @Test
    void typedFactsAreToldApartFromEveryOtherAnchor() {
        Random random = new Random(11);
        for (int i = 0; i < 10_000; i++) {
            String value = Integer.toString(random.nextInt(1_000_000));
            EventKeys keys = EventKeys.of(List.of("z:" + value, "n:name " + value, "q:zitat " + value, "a:" + value, "m:" + value));
            assertThat(java.util.Arrays.stream(keys.anchors()).map(EventKeys::factKind).sorted().toArray())
                    .containsExactly(0, 0, 0, EventKeys.AGE, EventKeys.MONEY);
        }
    }

    @Test
    void typedFactsAreNoRetrievalKeys() {
        assertThat(EventKeys.retrievalKeys(List.of("a:42", "m:8500", "z:42", "w:unfall"))).containsExactly("z:42", "w:unfall");
    }

    @Test
    void aWordOfEveryStoryWeighsLessThanARareOne() {
        assertThat(EventSimilarity.weight(90, 100)).isLessThan(EventSimilarity.weight(1, 100));
        assertThat(EventSimilarity.weight(0, 100)).isPositive();
    }

    private static List<String> words(int n) {
        List<String> words = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add("w:wort" + i);
        }
        return words;
    }

    private static EventKeys keys(Random random, int n) {
        Set<String> evidence = new HashSet<>();
        while (evidence.size() < n) {
            evidence.add("w:" + random.nextInt(80));
        }
        return EventKeys.of(List.copyOf(evidence));
    }

    /** sum of shared w² / sqrt(sum a w² · sum b w²), with maps. */
    private static double cosine(long[] a, long[] b, LongToIntFunction df, long stories) {
        Map<Long, Double> wa = new HashMap<>();
        Map<Long, Double> wb = new HashMap<>();
        for (long key : a) {
            wa.put(key, EventSimilarity.weight(df.applyAsInt(key), stories));
        }
        for (long key : b) {
            wb.put(key, EventSimilarity.weight(df.applyAsInt(key), stories));
        }
        double dot = 0;
        for (Map.Entry<Long, Double> e : wa.entrySet()) {
            if (wb.containsKey(e.getKey())) {
                dot += e.getValue() * wb.get(e.getKey());
            }
        }
        double na = wa.values().stream().mapToDouble(w -> w * w).sum();
        double nb = wb.values().stream().mapToDouble(w -> w * w).sum();
        return dot / Math.sqrt(na * nb);
    }
}
