package io.wirewatch.eval;

/** Accumulates per-page results into a corpus's precision and recall, the way that corpus defines them. */
interface ExtractionTally {

    /**
     * Scores one page and adds it to the totals.
     *
     * @return the page's own score in [0, 1], for ranking the worst pages
     */
    double add(ExtractionTruth truth, String extracted);

    double precision();

    double recall();

    default double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
