package io.wirewatch.processor.claims;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns that read the same in German and English headlines and teasers.
 *
 * <ul>
 *   <li>Headline colon: {@code USA: Russland setzt Raketen aus Nordkorea ein},
 *       {@code Kirby: «Zunehmend besorgt» über …}. The part before the colon must be a known news
 *       source or a surname the text introduced, otherwise "Liveblog: …" or "Video: …" would count.</li>
 * </ul>
 */
final class SharedAttributions implements AttributionPatterns {

    private static final Pattern HEADLINE = Pattern.compile(
            "^(?<source>\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*)?)\\s*:\\s*(?<rest>.+)$");

    @Override
    public Attribution find(MaskedSentence sentence, SpeakerResolver resolver) {
        Matcher m = HEADLINE.matcher(sentence.text());
        if (!m.matches()) {
            return null;
        }
        String source = m.group("source");
        boolean quoted = m.group("rest").startsWith(MaskedSentence.QUOTE);
        boolean known = CueLexicon.HEADLINE_SOURCES.contains(source) || resolver.isKnownSurname(source)
                || quoted && SpeakerPhrase.isName(Tokens.of(source)); // "Bauer: „Wir stehen …“"
        if (!known || !AttributionPatterns.isStatement(m.group("rest"))) {
            return null;
        }
        return new Attribution(source, ":", quoted);
    }
}
