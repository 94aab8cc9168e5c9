package io.wirewatch.processor.claims;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * An attribution pattern behind a cheap test that says when its regular expression cannot match.
 *
 * <p>Why: most sentences of an article attribute nothing, and each pattern scans the sentence for
 * dozens of cue words at every position; that scan was most of the extraction time. Every cue a
 * pattern needs is a whole run of letters in the sentence (the patterns fence their cue words with
 * {@code (?<!\p{L})} and {@code (?!\p{L})}, a space or punctuation), so a sentence whose letter runs
 * ({@link MaskedSentence#words()}) hold none of the pattern's cue words, or that lacks the comma,
 * colon or quote the pattern needs, cannot match and is skipped. The gates only ever skip; what a
 * pattern finds in a sentence it is run on is unchanged ({@code CueGateEquivalenceTest}).
 *
 * @param mayMatch false only when {@code pattern} certainly finds nothing in the sentence
 * @param pattern  the pattern, on the masked sentence's text
 */
record CueGate(Predicate<MaskedSentence> mayMatch, Function<String, Attribution> pattern) {

    /**
     * The first word of each alternative of the given lexicon alternations ("räumte ein" gives
     * "räumte"), lower case: the words one of which a sentence must hold for the alternation to match.
     *
     * @throws IllegalStateException when an alternative does not start with a plain word, for then
     *         the gate could not tell which letter runs it needs
     */
    static Set<String> firstWords(String... alternations) {
        Set<String> words = new HashSet<>();
        for (String alternation : alternations) {
            for (String alternative : alternation.split("\\|")) {
                String first = alternative.split(" ", 2)[0];
                if (first.isEmpty() || !first.chars().allMatch(Character::isLetter)) {
                    throw new IllegalStateException("cue alternative '" + alternative + "' of '" + alternation
                            + "' does not start with a plain word; the cue gates need one");
                }
                words.add(first.toLowerCase(Locale.ROOT));
            }
        }
        return Set.copyOf(words);
    }

    /** Lower-case words, for gates on cue words written out rather than taken from a lexicon alternation. */
    static Set<String> words(String... words) {
        return firstWords(String.join("|", words));
    }

    /**
     * The letter runs of {@code text}, lower case: maximal runs of code points that are letters in
     * the sense of {@code \p{L}} ({@link Character#isLetter(int)}), which is how the patterns fence
     * their cue words.
     */
    static Set<String> letterRuns(String text) {
        Set<String> runs = new HashSet<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isLetter(codePoint)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                runs.add(text.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
            i += Character.charCount(codePoint);
        }
        if (start >= 0) {
            runs.add(text.substring(start).toLowerCase(Locale.ROOT));
        }
        return runs;
    }

    /**
     * The first pattern's attribution, trying them in the order given (most specific first).
     *
     * @param gated false to run every pattern regardless of its gate (the reference the gates are
     *              tested against)
     */
    static Attribution first(MaskedSentence sentence, boolean gated, CueGate... patterns) {
        for (CueGate gate : patterns) {
            if (gated && !gate.mayMatch().test(sentence)) {
                continue;
            }
            Attribution found = gate.pattern().apply(sentence.text());
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
