package io.wirewatch.eval;

/**
 * Mean per-page precision and recall over shingles, as the Zyte benchmark reports them: precision
 * over pages where something was extracted, recall over pages with expected text.
 */
final class ShingleTally implements ExtractionTally {

    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int recallPages;

    @Override
    public double add(ExtractionTruth truth, String extracted) {
        if (!(truth instanceof ExtractionTruth.Text text)) {
            throw new IllegalArgumentException("shingle scoring needs the expected text, got " + truth.getClass().getSimpleName());
        }
        ShingleScore score = ShingleMetric.score(text.text(), extracted);
        if (score.hasPrediction()) {
            precisionSum += score.precision();
            precisionPages++;
        }
        if (score.hasTruth()) {
            recallSum += score.recall();
            recallPages++;
        }
        return score.f1();
    }

    @Override
    public double precision() {
        return precisionPages == 0 ? 0 : precisionSum / precisionPages;
    }

    @Override
    public double recall() {
        return recallPages == 0 ? 0 : recallSum / recallPages;
    }
}
