package io.wirewatch.bench.processor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.wirewatch.app.workload.ArticleMix;
import io.wirewatch.events.Article;
import io.wirewatch.processor.ProcessorConfig;
import io.wirewatch.processor.copies.CandidateIndex;
import io.wirewatch.processor.copies.Fingerprinter;

/**
 * The key-partitioned lookup against the single index it would replace: for every article of a stream, in the same
 * order, the merged answers of P shards must be the production {@link CandidateIndex}'s candidates, the 32 the
 * ordered task verifies and the whole ranked list. The candidates are all the index gives copy detection, so equal
 * candidates mean equal verdicts.
 */
class KeyShardsTest {

    private static final int LIMIT = BandedLookupBenchmark.LIMIT;

    /** Generated German and English wire stories with 40 % copies of six kinds, shuffled; some retire, some get new versions. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void mergedCandidatesEqualTheSingleIndexOnShuffledGeneratedStreams(int shards) {
        for (long seed = 1; seed <= 3; seed++) {
            List<Listed> stream = GENERATED.computeIfAbsent(seed, KeyShardsTest::generated);
            assertThat(compare(stream, shards, new Random(seed * 31 + shards))).isEqualTo(stream.size());
        }
    }

    /** Fingerprinted once for every P: fingerprinting is the test's slowest part. */
    private static final Map<Long, List<Listed>> GENERATED = new ConcurrentHashMap<>();

    private static List<Listed> generated(long seed) {
        Fingerprinter fingerprinter = new Fingerprinter(ProcessorConfig.defaults().copySettings());
        List<Article> articles = new ArrayList<>(new ArticleMix(seed).articles(1_200, Instant.parse("2026-03-01T00:00:00Z"), "s" + seed));
        Collections.shuffle(articles, new Random(seed));
        return articles.stream().map(article -> new Listed(article.id(), fingerprinter.fingerprint(article).candidateKeys())).toList();
    }

    /**
     * Keys from a small set, so that most keys are full ({@value CandidateIndex#MAX_POSTINGS} articles) and drop their
     * oldest: the shards must drop the same ones. Ids are sixteen hex digits, as production ids, which the index holds as
     * numbers and orders as the strings they are.
     */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 4, 8})
    void fullKeysDropTheSameArticlesInEveryShard(int shards) {
        Random random = new Random(7 + shards);
        long[] universe = random.longs(400).toArray();
        List<Listed> stream = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            long[] keys = new long[1 + random.nextInt(40)];
            for (int k = 0; k < keys.length; k++) {
                keys[k] = universe[(int) Math.abs(random.nextGaussian() * 60) % universe.length];
            }
            stream.add(new Listed(String.format("%016x", random.nextLong()), Arrays.stream(keys).distinct().toArray()));
        }
        assertThat(compare(stream, shards, random)).isEqualTo(stream.size());
    }

    @Test
    void aShardThatFailsIsReportedNotWaitedFor() {
        try (KeyShards shards = new KeyShards(2)) {
            long[] keys = {1, 2, 3, 4, 5, 6};
            assertThat(shards.lookUpAndAdd("a", keys).candidates(LIMIT)).isEmpty();
            KeyShards.Pending again = shards.lookUpAndAdd("a", keys);
            assertThatThrownBy(() -> again.candidates(LIMIT)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("listed already");
            assertThat(shards.lookUpAndAdd("b", keys).candidates(LIMIT)).containsExactly("a");
        }
    }

    @Test
    void theMergeDoesNotDependOnTheOrderOfTheAnswers() {
        Random random = new Random(11);
        List<KeyShardAnswer> answers = new ArrayList<>();
        Map<String, Integer> sums = new HashMap<>();
        for (int s = 0; s < 5; s++) {
            KeyShardAnswer answer = new KeyShardAnswer();
            random.ints(0, 40).distinct().limit(30).forEach(i -> {
                int shared = 1 + random.nextInt(4);
                answer.add("a" + i, shared);
                sums.merge("a" + i, shared, Integer::sum);
            });
            answer.sortById();
            answers.add(answer);
        }
        List<String> first = KeyShardAnswer.merge(answers.toArray(KeyShardAnswer[]::new), 25);
        for (int round = 0; round < 10; round++) {
            Collections.shuffle(answers, random);
            assertThat(KeyShardAnswer.merge(answers.toArray(KeyShardAnswer[]::new), 25)).isEqualTo(first);
        }
        // the reference: sums of the counts, ranked by a comparator sort
        List<String> expected = sums.keySet().stream()
                .sorted(Comparator.comparing((String id) -> -sums.get(id)).thenComparing(Comparator.naturalOrder()))
                .limit(25).toList();
        assertThat(first).isEqualTo(expected);
    }

    /**
     * Feeds the stream to the single index and to the shards, the shards up to 64 articles ahead (as the fingerprinting
     * tasks would feed them), with random retirements and new versions between, and compares every answer.
     *
     * @return how many answers were compared
     */
    private static int compare(List<Listed> stream, int shards, Random random) {
        List<Step> steps = steps(stream, random);
        CandidateIndex single = new CandidateIndex();
        List<List<String>> expected = new ArrayList<>();
        for (Step step : steps) {
            Listed article = step.article();
            switch (step.kind()) {
                case LOOK_UP -> {
                    expected.add(single.candidates(article.keys(), article.id(), LIMIT));
                    expected.add(single.candidates(article.keys(), article.id(), Integer.MAX_VALUE));
                    single.add(article.id(), article.keys());
                }
                case RETIRE -> single.remove(article.id(), article::keys);
                case NEW_VERSION -> {
                    single.remove(article.id(), step.formerKeys()::clone);
                    single.add(article.id(), article.keys());
                }
            }
        }
        int compared = 0;
        try (KeyShards sharded = new KeyShards(shards)) {
            ArrayDeque<KeyShards.Pending> pending = new ArrayDeque<>();
            int ahead = 1 + random.nextInt(64);
            for (Step step : steps) {
                Listed article = step.article();
                switch (step.kind()) {
                    case LOOK_UP -> pending.add(sharded.lookUpAndAdd(article.id(), article.keys()));
                    case RETIRE -> sharded.remove(article.id(), article.keys());
                    case NEW_VERSION -> {
                        // listed again without a lookup: the ordered task does not look one up for a new version
                        sharded.remove(article.id(), step.formerKeys());
                        sharded.lookUpAndAdd(article.id(), article.keys());
                    }
                }
                if (pending.size() > ahead) {
                    compared += check(pending.poll(), expected, compared, shards);
                }
            }
            while (!pending.isEmpty()) {
                compared += check(pending.poll(), expected, compared, shards);
            }
        }
        return compared;
    }

    private static int check(KeyShards.Pending answer, List<List<String>> expected, int index, int shards) {
        assertThat(answer.candidates(LIMIT)).as("the 32 best candidates of lookup %d, %d shards", index, shards)
                .isEqualTo(expected.get(2 * index));
        assertThat(answer.candidates(Integer.MAX_VALUE)).as("all candidates of lookup %d, %d shards", index, shards)
                .isEqualTo(expected.get(2 * index + 1));
        return 1;
    }

    /** The stream's lookups in order, with a retirement of a random live article after some and a new version after others. */
    private static List<Step> steps(List<Listed> stream, Random random) {
        List<Step> steps = new ArrayList<>();
        List<Listed> live = new ArrayList<>();
        for (Listed article : stream) {
            steps.add(new Step(Kind.LOOK_UP, article, null));
            live.add(article);
            double draw = random.nextDouble();
            if (draw < 0.10) {
                steps.add(new Step(Kind.RETIRE, live.remove(random.nextInt(live.size())), null));
            } else if (draw < 0.15) {
                int at = random.nextInt(live.size());
                Listed former = live.get(at);
                Listed updated = new Listed(former.id(), Arrays.copyOf(former.keys(), Math.max(1, former.keys().length - 3)));
                live.set(at, updated);
                steps.add(new Step(Kind.NEW_VERSION, updated, former.keys()));
            }
        }
        return steps;
    }

    private enum Kind { LOOK_UP, RETIRE, NEW_VERSION }

    private record Step(Kind kind, Listed article, long[] formerKeys) {
    }

    private record Listed(String id, long[] keys) {
    }
}
