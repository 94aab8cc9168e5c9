package io.wirewatch.eval;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Pair counts of two partitions of the same items (a gold labelling and a predicted one), the common
 * ground of pairwise precision/recall and the Adjusted Rand Index. Counted from the contingency table,
 * so it costs O(items), not O(items²).
 *
 * @param pairsTogetherInBoth      pairs in one gold group and in one predicted group
 * @param pairsTogetherInGold      pairs in one gold group
 * @param pairsTogetherInPredicted pairs in one predicted group
 * @param allPairs                 n·(n−1)/2
 */
public record PairwiseContingency(long pairsTogetherInBoth, long pairsTogetherInGold, long pairsTogetherInPredicted,
                                  long allPairs) {

    /**
     * @param gold      item → gold group label
     * @param predicted item → predicted group label; must label exactly the items of {@code gold}
     * @throws IllegalArgumentException naming an item labelled in one partition only
     */
    public static <T> PairwiseContingency of(Map<T, String> gold, Map<T, String> predicted) {
        requireSameItems(gold, predicted);
        Map<String, Long> goldSizes = new HashMap<>();
        Map<String, Long> predictedSizes = new HashMap<>();
        Map<String, Long> cellSizes = new HashMap<>();
        gold.forEach((item, goldLabel) -> {
            String predictedLabel = predicted.get(item);
            goldSizes.merge(goldLabel, 1L, Long::sum);
            predictedSizes.merge(predictedLabel, 1L, Long::sum);
            // NUL cannot occur in labels read from a TSV line, so the joined key is unambiguous.
            cellSizes.merge(goldLabel + '\0' + predictedLabel, 1L, Long::sum);
        });
        return new PairwiseContingency(sumOfPairs(cellSizes), sumOfPairs(goldSizes), sumOfPairs(predictedSizes),
                pairs(gold.size()));
    }

    private static <T> void requireSameItems(Map<T, String> gold, Map<T, String> predicted) {
        for (T item : gold.keySet()) {
            if (predicted.get(item) == null) {
                throw new IllegalArgumentException("item without a predicted group: " + item);
            }
        }
        for (T item : predicted.keySet()) {
            if (!gold.containsKey(item)) {
                throw new IllegalArgumentException("item without a gold group: " + item);
            }
        }
        gold.values().forEach(label -> Objects.requireNonNull(label, "gold label"));
    }

    private static long sumOfPairs(Map<String, Long> groupSizes) {
        return groupSizes.values().stream().mapToLong(PairwiseContingency::pairs).sum();
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }
}
