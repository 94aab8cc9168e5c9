package io.wirewatch.processor.claims;

import java.util.function.Function;

/** One language's (or both languages') attribution patterns, tried on a sentence in priority order. */
interface AttributionPatterns {

    /** The attribution in {@code sentence}, or null when the sentence is not an attributed statement. */
    Attribution find(MaskedSentence sentence, SpeakerResolver resolver);

    /** A content clause or quote: at least this many words besides the cue and speaker. */
    int MIN_CLAUSE_WORDS = 4;

    /** The first pattern's attribution, trying them in the order given (most specific first). */
    @SafeVarargs
    static Attribution first(String sentence, Function<String, Attribution>... patterns) {
        for (Function<String, Attribution> pattern : patterns) {
            Attribution found = pattern.apply(sentence);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    static boolean isStatement(String clause) {
        Tokens t = Tokens.of(clause);
        return t.wordCount() >= MIN_CLAUSE_WORDS || (t.size() > 0 && t.get(0).equals(MaskedSentence.QUOTE));
    }
}
