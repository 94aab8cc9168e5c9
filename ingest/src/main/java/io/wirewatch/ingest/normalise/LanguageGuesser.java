package io.wirewatch.ingest.normalise;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Guesses the language of a text from its most common function words. Good enough for news prose in
 * German, English and French; anything it is not sure about is "und" (undetermined), never a wrong guess.
 */
public final class LanguageGuesser {

    /** ISO 639-2 code for "undetermined", as used in {@code Article.language}. */
    public static final String UNDETERMINED = "und";

    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "des", "ein", "eine",
                    "einer", "sich", "auf", "für", "auch", "von", "im", "zu", "wird", "wurde", "hat", "haben",
                    "sind", "bei", "nach", "über", "aus", "sei", "dass", "oder", "noch", "wie", "werden"),
            "en", Set.of("the", "and", "is", "are", "was", "were", "of", "to", "in", "that", "it", "with",
                    "for", "on", "as", "by", "this", "be", "has", "have", "had", "from", "at", "which", "said",
                    "not", "but", "will", "would", "their", "they"),
            "fr", Set.of("le", "la", "les", "et", "est", "des", "du", "un", "une", "dans", "que", "qui",
                    "pour", "pas", "sur", "au", "aux", "par", "avec", "ce", "cette", "sont", "ont", "été",
                    "il", "elle", "mais", "plus", "selon", "leur"));

    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");
    /** Fewer hits than this are noise (a name, a quote), not evidence. */
    private static final int MIN_HITS = 3;

    private LanguageGuesser() {
    }

    /** The declared language when given (normalised to its primary subtag), else a guess from the text. */
    public static String guess(String text, String declared) {
        String normalised = primarySubtag(declared);
        return normalised != null ? normalised : guess(text);
    }

    /** A guess from the text alone: "de", "en", "fr" or {@value #UNDETERMINED}. */
    public static String guess(String text) {
        if (text == null || text.isBlank()) {
            return UNDETERMINED;
        }
        Map<String, Integer> hits = new java.util.HashMap<>();
        for (String word : NON_LETTERS.split(text.toLowerCase(Locale.ROOT))) {
            STOP_WORDS.forEach((language, words) -> {
                if (words.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        String best = UNDETERMINED;
        int bestHits = 0;
        int secondHits = 0;
        for (Map.Entry<String, Integer> entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                secondHits = bestHits;
                bestHits = entry.getValue();
                best = entry.getKey();
            } else if (entry.getValue() > secondHits) {
                secondHits = entry.getValue();
            }
        }
        // Demand a clear lead: shared words ("die" in English, "des" in German) must not decide alone.
        return bestHits >= MIN_HITS && bestHits >= 2 * secondHits ? best : UNDETERMINED;
    }

    /** "de-DE" → "de"; blank or "und" → null (meaning "not declared"). */
    public static String primarySubtag(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String primary = declared.trim().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        // BCP 47: a primary language subtag has 2 to 8 letters; anything longer is not a language.
        if (primary.length() < 2 || primary.length() > 8 || primary.equals(UNDETERMINED)
                || !primary.chars().allMatch(Character::isLetter)) {
            return null;
        }
        return primary;
    }
}
