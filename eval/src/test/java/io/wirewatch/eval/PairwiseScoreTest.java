package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Pair counts, precision/recall/F1 and ARI on partitions small enough to count by hand. */
class PairwiseScoreTest {

    /** gold {a,b,c} {d,e}; predicted {a,b} {c,d} {e}. */
    private static final Map<String, String> GOLD = labels("a", "g1", "b", "g1", "c", "g1", "d", "g2", "e", "g2");
    private static final Map<String, String> PREDICTED = labels("a", "p1", "b", "p1", "c", "p2", "d", "p2", "e", "p3");

    @Test
    void countsPairsFromTheContingencyTable() {
        // gold pairs ab ac bc de = 4; predicted pairs ab cd = 2; together in both: ab = 1; C(5,2) = 10
        assertThat(PairwiseContingency.of(GOLD, PREDICTED)).isEqualTo(new PairwiseContingency(1, 4, 2, 10));
    }

    @Test
    void precisionRecallAndF1CountPairs() {
        PairwiseScore score = PairwiseScore.of(PairwiseContingency.of(GOLD, PREDICTED));
        assertThat(score).isEqualTo(new PairwiseScore(1, 1, 3));
        assertThat(score.precision()).isEqualTo(0.5);
        assertThat(score.recall()).isEqualTo(0.25);
        assertThat(score.f1()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void adjustedRandIndexCorrectsForChance() {
        // expected = 4·2/10 = 0.8, maximum = (4+2)/2 = 3, ARI = (1 − 0.8) / (3 − 0.8) = 1/11
        assertThat(AriScore.of(PairwiseContingency.of(GOLD, PREDICTED))).isCloseTo(1.0 / 11, within(1e-12));
        // scikit-learn's documented example: adjusted_rand_score([0,0,1,1], [0,0,1,2]) = 0.5714…
        assertThat(AriScore.of(PairwiseContingency.of(labels("w", "0", "x", "0", "y", "1", "z", "1"),
                labels("w", "0", "x", "0", "y", "1", "z", "2")))).isCloseTo(4.0 / 7, within(1e-12));
    }

    @Test
    void identicalPartitionsScorePerfectlyWhateverTheirLabels() {
        Map<String, String> renamed = labels("a", "x", "b", "x", "c", "x", "d", "y", "e", "y");
        PairwiseContingency counts = PairwiseContingency.of(GOLD, renamed);
        assertThat(AriScore.of(counts)).isEqualTo(1.0);
        assertThat(PairwiseScore.of(counts)).isEqualTo(new PairwiseScore(4, 0, 0));
    }

    @Test
    void allSingletonsPredictNoPairsSoPrecisionIsPerfectAndRecallAndAriAreZero() {
        Map<String, String> singletons = labels("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
        PairwiseContingency counts = PairwiseContingency.of(GOLD, singletons);
        assertThat(PairwiseScore.of(counts).precision()).isEqualTo(1.0);
        assertThat(PairwiseScore.of(counts).recall()).isZero();
        assertThat(AriScore.of(counts)).isZero();
        assertThat(AriScore.of(PairwiseContingency.of(singletons, singletons))).as("trivial but identical").isEqualTo(1.0);
    }

    @Test
    void mistakesListMergedPairsBeforeSplitOnes() {
        assertThat(PairwiseMistake.all(List.of("a", "b", "c", "d", "e"), GOLD, PREDICTED)).containsExactly(
                new PairwiseMistake("c", "d", true),
                new PairwiseMistake("a", "c", false),
                new PairwiseMistake("b", "c", false),
                new PairwiseMistake("d", "e", false));
    }

    @Test
    void anItemMissingFromOnePartitionIsNamed() {
        assertThatThrownBy(() -> PairwiseContingency.of(GOLD, labels("a", "p1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b");
    }

    private static Map<String, String> labels(String... itemThenLabel) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (int i = 0; i < itemThenLabel.length; i += 2) {
            labels.put(itemThenLabel[i], itemThenLabel[i + 1]);
        }
        return labels;
    }
}
