package io.wirewatch.eval;

/**
 * The Adjusted Rand Index (Hubert and Arabie 1985) of a predicted partition against the gold one: 1 for
 * identical partitions, about 0 for a random grouping with the same group sizes, negative for worse
 * than chance. It is the figure NEWS-COPY reports for reproduced wire articles.
 */
public final class AriScore {

    private AriScore() {
    }

    public static double of(PairwiseContingency counts) {
        if (counts.allPairs() == 0) {
            return 1.0;
        }
        double gold = counts.pairsTogetherInGold();
        double predicted = counts.pairsTogetherInPredicted();
        double expected = gold * predicted / counts.allPairs();
        double maximum = (gold + predicted) / 2;
        if (maximum == expected) {
            // Both partitions are trivial (all singletons or one group each) and therefore agree; the
            // formula is 0/0 here and the usual convention (e.g. scikit-learn) is perfect agreement.
            return 1.0;
        }
        return (counts.pairsTogetherInBoth() - expected) / (maximum - expected);
    }
}
