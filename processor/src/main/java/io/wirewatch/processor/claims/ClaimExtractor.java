package io.wirewatch.processor.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** A sentence that is one statement quote and nothing else. */
    private static final Pattern QUOTE_ONLY = Pattern.compile("^\\s*" + Pattern.quote(MaskedSentence.QUOTE) + "\\s*[.!?]?\\s*$");

    /** "Das sagte Vogt …", "So Kirby.", "That's what Harper said": a sentence that points back at a quote. */
    private static final Pattern POINTER = Pattern.compile("^\\s*(?:Das|Dies|So)\\s+(?<cue>"
            + CueLexicon.DE_SPEECH_FINITE + ")\\s+(?<speaker>.+)$");

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final QuoteFinder quoteFinder = new QuoteFinder();
    private final AttributionPatterns german;
    private final AttributionPatterns english;
    private final AttributionPatterns shared = new SharedAttributions();

    public ClaimExtractor() {
        this(true);
    }

    /**
     * @param cueGates false to try every attribution pattern on every sentence, without the cheap
     *                 tests that skip the patterns a sentence cannot match ({@link CueGate}); the
     *                 claims are the same, only slower (the reference the gates are tested against)
     */
    ClaimExtractor(boolean cueGates) {
        german = new GermanAttributions(cueGates);
        english = new EnglishAttributions(cueGates);
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
        List<int[]> spans = splitter.split(text);
        ExtractedClaim[] bySentence = new ExtractedClaim[spans.size()];
        boolean[] quoteOnly = new boolean[spans.size()];
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            String sentence = text.substring(span[0], span[1]);
            MaskedSentence masked = MaskedSentence.of(sentence, quoteFinder);
            Attribution attribution = firstMatch(patterns, masked, resolver);
            if (attribution != null) {
                String speaker = resolver.resolve(attribution.speaker());
                bySentence[i] = new ExtractedClaim(sentence, span[0], span[1], speaker, attribution.cue(),
                        attribution.direct(), isHedged(sentence));
            } else {
                quoteOnly[i] = QUOTE_ONLY.matcher(masked.text()).matches();
            }
        }
        attributeBareQuotes(text, spans, bySentence, quoteOnly);
        List<ExtractedClaim> claims = new ArrayList<>();
        for (ExtractedClaim claim : bySentence) {
            if (claim != null) {
                claims.add(claim);
            }
        }
        return claims;
    }

    /**
     * A sentence that is nothing but a quote belongs to the speaker of the quote just before it
     * ("„…“, sagte Sandberg. „Es besteht keine Gefahr.“"), or to the speaker a following pointer
     * sentence names ("„…“ Das sagte Vogt im Deutschlandfunk.").
     */
    private static void attributeBareQuotes(String text, List<int[]> spans, ExtractedClaim[] bySentence, boolean[] quoteOnly) {
        for (int i = 0; i < bySentence.length; i++) {
            if (!quoteOnly[i]) {
                continue;
            }
            int[] span = spans.get(i);
            String sentence = text.substring(span[0], span[1]);
            ExtractedClaim before = i > 0 ? bySentence[i - 1] : null;
            if (before != null && before.direct() && before.speaker() != null) {
                bySentence[i] = new ExtractedClaim(sentence, span[0], span[1], before.speaker(), before.cue(), true, isHedged(sentence));
                continue;
            }
            if (i + 1 < spans.size()) {
                Matcher pointer = POINTER.matcher(text.substring(spans.get(i + 1)[0], spans.get(i + 1)[1]));
                String speaker = pointer.find() ? SpeakerPhrase.source(pointer.group("speaker")) : null;
                if (speaker != null) {
                    bySentence[i] = new ExtractedClaim(sentence, span[0], span[1], speaker, pointer.group("cue"), true, isHedged(sentence));
                }
            }
        }
    }

    private static boolean isHedged(String sentence) {
        return CueLexicon.HEDGES.matcher(sentence).find();
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
