package io.wirewatch.eval;

import java.util.List;

/**
 * The figures of one claim evaluation.
 *
 * @param sentences    annotated sentences scored
 * @param overall      claim or not, regardless of direct/indirect
 * @param direct       quoted claims: a hit needs both annotation and extractor to say direct
 * @param indirect     reported claims, likewise
 * @param speakersRight true positives whose speaker is one of the annotated alternatives
 * @param hedgesRight  true positives whose hedged flag agrees with the annotation
 * @param errors       one line per wrong decision, in file order
 */
public record ClaimScores(int sentences, ClaimCounts overall, ClaimCounts direct, ClaimCounts indirect,
                          int speakersRight, int hedgesRight, List<String> errors) {

    public ClaimScores {
        errors = List.copyOf(errors);
    }

    public double speakerAccuracy() {
        return overall.truePositives() == 0 ? 0 : speakersRight / (double) overall.truePositives();
    }

    public double hedgeAccuracy() {
        return overall.truePositives() == 0 ? 0 : hedgesRight / (double) overall.truePositives();
    }
}
