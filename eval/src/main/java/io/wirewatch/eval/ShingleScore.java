package io.wirewatch.eval;

/**
 * One page's shingle match, each count divided by their sum so that long articles do not outweigh
 * short ones (the Zyte benchmark's normalisation).
 *
 * @param truePositives  shingles both in the expected and the extracted text
 * @param falsePositives extracted shingles the expected text lacks
 * @param falseNegatives expected shingles the extraction missed
 */
public record ShingleScore(double truePositives, double falsePositives, double falseNegatives) {

    /** Whether the extraction produced anything, i.e. whether this page counts towards mean precision. */
    boolean hasPrediction() {
        return truePositives + falsePositives > 0;
    }

    /** Whether the page has expected text, i.e. whether it counts towards mean recall. */
    boolean hasTruth() {
        return truePositives + falseNegatives > 0;
    }

    /** 1 when both sides are identical (also when both are empty), 0 when nothing was extracted. */
    double precision() {
        if (falsePositives == 0 && falseNegatives == 0) {
            return 1;
        }
        return truePositives + falsePositives == 0 ? 0 : truePositives / (truePositives + falsePositives);
    }

    double recall() {
        if (falsePositives == 0 && falseNegatives == 0) {
            return 1;
        }
        return truePositives + falseNegatives == 0 ? 0 : truePositives / (truePositives + falseNegatives);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
