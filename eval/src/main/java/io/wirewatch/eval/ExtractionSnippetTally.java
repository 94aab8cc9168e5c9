package io.wirewatch.eval;

/**
 * trafilatura's evaluation: a wanted snippet found is a true positive, missed a false negative; an
 * unwanted snippet found is a false positive. Counts are summed over all pages, then P and R taken.
 * Whitespace is collapsed on both sides because extractors differ in how they break lines.
 */
final class ExtractionSnippetTally implements ExtractionTally {

    private int truePositives;
    private int falsePositives;
    private int falseNegatives;

    @Override
    public double add(ExtractionTruth truth, String extracted) {
        if (!(truth instanceof ExtractionTruth.Snippets snippets)) {
            throw new IllegalArgumentException("snippet scoring needs snippets, got " + truth.getClass().getSimpleName());
        }
        String text = collapse(extracted);
        int right = 0;
        for (String wanted : snippets.wanted()) {
            if (text.contains(collapse(wanted))) {
                truePositives++;
                right++;
            } else {
                falseNegatives++;
            }
        }
        for (String unwanted : snippets.unwanted()) {
            if (text.contains(collapse(unwanted))) {
                falsePositives++;
            } else {
                right++;
            }
        }
        int decisions = snippets.wanted().size() + snippets.unwanted().size();
        return decisions == 0 ? 1 : (double) right / decisions;
    }

    @Override
    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    @Override
    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    static String collapse(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
