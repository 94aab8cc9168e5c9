package io.wirewatch.processor.claims;

/** One language's (or both languages') attribution patterns, tried on a sentence in priority order. */
interface AttributionPatterns {

    /** The attribution in {@code sentence}, or null when the sentence is not an attributed statement. */
    Attribution find(MaskedSentence sentence, SpeakerResolver resolver);

    /** A content clause or quote: at least this many words besides the cue and speaker. */
    int MIN_CLAUSE_WORDS = 4;

    static boolean isStatement(String clause) {
        Tokens t = Tokens.of(clause);
        return t.wordCount() >= MIN_CLAUSE_WORDS || (t.size() > 0 && t.get(0).equals(MaskedSentence.QUOTE));
    }
}
