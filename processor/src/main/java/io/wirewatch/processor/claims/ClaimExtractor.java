package io.wirewatch.processor.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds attributed statements in German and English news text.
 *
 * <p>The text is split into sentences; each sentence is masked (long quotes folded into a marker,
 * see {@code MaskedSentence}) and tried against the attribution patterns of its language. Speakers
 * are resolved within the text, so "so Kirby" becomes "John Kirby" when the text named him earlier.
 *
 * <p>Thread-safe: all per-text state lives inside one {@link #extract} call.
 */
public final class ClaimExtractor {

    private static final String QUOTE_CLASS = "[„“”\"«»‚‘’'‹›]";

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final AttributionPatterns german = new GermanAttributions();
    private final AttributionPatterns english = new EnglishAttributions();
    private final AttributionPatterns shared = new SharedAttributions();

    public ClaimExtractor() {
    }

    /**
     * @param language "de", "en", or anything else (e.g. "und") to try both languages
     * @return the claims in text order; empty for null or blank text
     */
    public List<ExtractedClaim> extract(String text, String language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<AttributionPatterns> patterns = patternsFor(language);
        SpeakerResolver resolver = new SpeakerResolver(text);
        List<ExtractedClaim> claims = new ArrayList<>();
        for (int[] span : splitter.split(text)) {
            String sentence = text.substring(span[0], span[1]);
            MaskedSentence masked = MaskedSentence.of(sentence, quoteFinder);
            Attribution attribution = firstMatch(patterns, masked, resolver);
            if (attribution != null) {
                String speaker = resolver.resolve(attribution.speaker());
                boolean hedged = CueLexicon.HEDGES.matcher(sentence).find();
                claims.add(new ExtractedClaim(sentence, span[0], span[1], speaker, attribution.cue(),
                        attribution.direct(), hedged));
            }
        }
        return claims;
    }

    /**
     * The key under which copies of the same sentence meet: lower case, ß → ss, quote marks removed,
     * whitespace collapsed, trailing punctuation dropped. Agencies and outlets differ in exactly
     * these points when they run the same wire copy.
     */
    public static String normalise(String sentence) {
        if (sentence == null) {
            return "";
        }
        return sentence.toLowerCase(Locale.ROOT)
                .replace("ß", "ss")
                .replaceAll(QUOTE_CLASS, "")
                .replaceAll("\\s+", " ")
                .strip()
                .replaceAll("[\\p{Punct}…–—\\s]+$", "");
    }

    private List<AttributionPatterns> patternsFor(String language) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        if (lang.startsWith("de")) {
            return List.of(german, shared);
        }
        if (lang.startsWith("en")) {
            return List.of(english, shared);
        }
        return List.of(german, english, shared);
    }

    private static Attribution firstMatch(List<AttributionPatterns> patterns, MaskedSentence masked, SpeakerResolver resolver) {
        for (AttributionPatterns pattern : patterns) {
            Attribution found = pattern.find(masked, resolver);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
