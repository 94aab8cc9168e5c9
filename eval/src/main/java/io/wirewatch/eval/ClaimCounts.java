package io.wirewatch.eval;

/** True positives, false positives and false negatives, with the figures derived from them. */
public record ClaimCounts(int truePositives, int falsePositives, int falseNegatives) {

    static final ClaimCounts ZERO = new ClaimCounts(0, 0, 0);

    /** Adds one decision: predicted or not, against expected or not. */
    ClaimCounts add(boolean predicted, boolean expected) {
        return new ClaimCounts(
                truePositives + (predicted && expected ? 1 : 0),
                falsePositives + (predicted && !expected ? 1 : 0),
                falseNegatives + (!predicted && expected ? 1 : 0));
    }

    /** 1.0 when nothing was predicted: no prediction was wrong. */
    public double precision() {
        int predicted = truePositives + falsePositives;
        return predicted == 0 ? 1.0 : truePositives / (double) predicted;
    }

    /** 1.0 when nothing was expected. */
    public double recall() {
        int expected = truePositives + falseNegatives;
        return expected == 0 ? 1.0 : truePositives / (double) expected;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
