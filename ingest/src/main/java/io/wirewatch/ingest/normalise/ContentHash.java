package io.wirewatch.ingest.normalise;

import java.text.Normalizer;
import java.util.regex.Pattern;

import io.wirewatch.events.Ids;

/**
 * Hash of an article text that ignores differences which are not changes: whitespace and line
 * layout, and Unicode composition (a precomposed "ä" and "a" + combining diaeresis hash alike).
 */
public final class ContentHash {

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private ContentHash() {
    }

    public static String of(String text) {
        return Ids.hash(normalise(text == null ? "" : text));
    }

    static String normalise(String text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        return WHITESPACE.matcher(composed).replaceAll(" ").trim();
    }
}
