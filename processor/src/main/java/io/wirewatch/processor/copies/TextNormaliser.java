package io.wirewatch.processor.copies;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reduces text to what two copies of one agency report still share after each newsroom has edited it:
 * lower-case words in NFC, "ß" spelled "ss" (Swiss and Liechtenstein copies never use it), no quotation
 * marks (German „…“, Swiss «…», English "…" all vanish), no punctuation, single spaces.
 */
public final class TextNormaliser {

    /** Every quotation mark and apostrophe in use in German, Swiss, French and English text. */
    private static final String QUOTES = "\"'`\u00B4\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A";
    private static final boolean[] ASCII_WORD_CHARS = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_CHARS[c] = Character.isLetter(c) || isNumber(c);
        }
    }

    private TextNormaliser() {
    }

    /** One piece of text (a line, a paragraph) normalised to space-separated words; "" when nothing is left. */
    public static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String s = (alreadyComposed(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFC)).toLowerCase(Locale.ROOT);
        // One pass instead of two regex replacements (this runs on every line of every article): quotes
        // are dropped rather than spaced so that an apostrophe never splits a word ("Kirby's"), every run
        // of other non-letters and non-digits becomes one space, none at either end.
        StringBuilder words = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (isQuote(c)) {
                continue;
            }
            if (c < 128 ? ASCII_WORD_CHARS[c] : Character.isLetter(c) || isNumber(c)) {
                if (gap && words.length() > 0) {
                    words.append(' ');
                }
                if (c == 'ß') {
                    words.append("ss");
                } else {
                    words.appendCodePoint(c);
                }
                gap = false;
            } else {
                gap = true;
            }
        }
        return words.toString();
    }

    /**
     * Whether NFC leaves the text as it is, known without the normaliser: no character below U+0300
     * (Latin, with all its accented letters) and none of the general punctuation from U+2010 (dashes,
     * „German“ quotation marks) decomposes or composes with another. Nearly every news line passes.
     */
    static boolean alreadyComposed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x300 && (c < 0x2010 || c > 0x206F)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isQuote(int c) {
        // most characters are ASCII letters: one comparison instead of a scan of the quote list
        return (c < 'a' || c > 'z') && QUOTES.indexOf(c) >= 0;
    }

    /** {@code \R}: line feed, vertical tab, form feed, carriage return, next line, line and paragraph separator. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /** {@code \p{N}}: decimal digits, letter numbers (Roman numerals) and other numbers (superscripts). */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /**
     * The normalised non-empty lines of an article text. Lines are the unit of boilerplate (a footer, a
     * newsletter teaser, a photo credit), so shingles never span two of them.
     */
    public static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || isLineBreak(text.charAt(i))) {
                // "\r\n" leaves an empty piece between its two characters, which is dropped like any empty line
                String line = normalise(text.substring(start, i));
                if (!line.isEmpty()) {
                    lines.add(line);
                }
                start = i + 1;
            }
        }
        return lines;
    }
}
