package io.wirewatch.processor.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds closed top-level quotations in German, Swiss, French and English typography.
 *
 * <p>The same character plays different roles: “ closes a German „quote“ but opens an English
 * “quote”; » closes a Swiss «quote» but opens a German »quote«. So the finder remembers which mark
 * opened the current quotation and accepts only the closers that belong to it. Inner quotations
 * are ignored: only the outermost one decides whether a sentence carries a direct quote.
 *
 * <p>Single quotes are accepted only where they cannot be apostrophes: the opener must follow a
 * non-letter and precede a letter, the closer must follow a non-space and precede a non-letter
 * ("Russia 'using missiles'" yes, "Korea's" no).
 */
final class QuoteFinder {

    /** All quote characters, removed by {@link ClaimExtractor#normalise(String)}. */
    static final String QUOTE_CHARS = "„“”\"«»‚‘’'‹›";

    List<Quote> find(CharSequence text) {
        List<Quote> quotes = new ArrayList<>();
        int openAt = -1;
        String closers = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (openAt >= 0) {
                if (closers.indexOf(c) >= 0 && (!isSingle(c) || canCloseSingle(text, i))) {
                    quotes.add(new Quote(openAt, i + 1));
                    openAt = -1;
                }
                continue;
            }
            String expected = closersFor(c);
            if (expected != null && (!isSingle(c) || canOpenSingle(text, i))) {
                openAt = i;
                closers = expected;
            }
        }
        return quotes;
    }

    /** The closing marks that end a quotation opened by {@code c}, or null if {@code c} opens none. */
    private static String closersFor(char c) {
        return switch (c) {
            case '„' -> "“”\"";
            case '“' -> "”\"";
            case '"' -> "\"“”";
            case '«' -> "»";
            case '»' -> "«";
            case '‹' -> "›";
            case '›' -> "‹";
            case '‚' -> "‘’";
            case '‘' -> "’";
            case '\'' -> "'";
            default -> null;
        };
    }

    private static boolean isSingle(char c) {
        return c == '\'' || c == '‘' || c == '’';
    }

    private static boolean canOpenSingle(CharSequence text, int i) {
        boolean afterNonLetter = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean beforeLetter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
        return afterNonLetter && beforeLetter;
    }

    private static boolean canCloseSingle(CharSequence text, int i) {
        boolean afterNonSpace = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
        boolean beforeNonLetter = i + 1 >= text.length() || !Character.isLetter(text.charAt(i + 1));
        return afterNonSpace && beforeNonLetter;
    }
}
