package io.wirewatch.processor.claims;

/**
 * A language's attribution patterns, each behind its cue gate ({@link CueGate}), tried in order
 * (most specific first); the first pattern that finds an attribution wins.
 */
abstract class GatedPatterns implements AttributionPatterns {

    private final boolean gated;
    private final CueGate[] patterns;

    /** @param gated false to run every pattern regardless of its gate */
    GatedPatterns(boolean gated, CueGate... patterns) {
        this.gated = gated;
        this.patterns = patterns.clone();
    }

    @Override
    public final Attribution find(MaskedSentence sentence, SpeakerResolver resolver) {
        return CueGate.first(sentence, gated, patterns);
    }
}
