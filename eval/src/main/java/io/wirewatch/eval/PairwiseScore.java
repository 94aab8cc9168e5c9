package io.wirewatch.eval;

/**
 * Pairwise precision, recall and F1 of a grouping: a pair of items put together is a true pair when the
 * gold labels also put them together, a false pair when they do not; a gold pair left apart is missed.
 * With nothing put together precision is 1 (no wrong claim was made); with nothing to find recall is 1.
 */
public record PairwiseScore(long truePairs, long falsePairs, long missedPairs) {

    public static PairwiseScore of(PairwiseContingency counts) {
        long truePairs = counts.pairsTogetherInBoth();
        return new PairwiseScore(truePairs, counts.pairsTogetherInPredicted() - truePairs,
                counts.pairsTogetherInGold() - truePairs);
    }

    public double precision() {
        long predicted = truePairs + falsePairs;
        return predicted == 0 ? 1.0 : (double) truePairs / predicted;
    }

    public double recall() {
        long gold = truePairs + missedPairs;
        return gold == 0 ? 1.0 : (double) truePairs / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
}
