package io.wirewatch.processor.story;

import static io.wirewatch.processor.story.CharClasses.isSpace;
import static io.wirewatch.processor.story.CharClasses.letterOrNumberAt;
import static io.wirewatch.processor.story.CharClasses.letterOrNumberBefore;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.wirewatch.processor.copies.TextNormaliser;

/**
 * {@code n:} keys: two capitalised words in a row that do not start with a function word and are no
 * calendar words ("Steffen Hebestreit", "Deutsche Bahn"). Scans for what
 * {@code (?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}\p{N}])}
 * matches, with overlapping pairs.
 */
final class NameScanner {

    /** Words that begin sentences and phrases and are capitalised for that reason, not because of a name. */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "am", "im", "in",
            "auf", "bei", "nach", "mit", "von", "vom", "zu", "zum", "zur", "für", "und", "aber", "wie", "es", "er",
            "sie", "wir", "man", "dies", "diese", "dieser", "laut", "seit", "bis", "als", "auch", "so", "doch",
            "the", "a", "an", "on", "at", "for", "and", "but", "as", "it", "he", "she", "we", "they", "this",
            "that", "of", "by", "to", "from", "with", "after", "before", "mr", "mrs", "ms", "herr", "frau");
    /** Months and weekdays: capitalised, and no names. */
    static final Set<String> CALENDAR_WORDS = calendarWords();

    private NameScanner() {
    }

    /**
     * Two capitalised words ({@code Lu Ll+}, optionally {@code -Lu Ll+}) separated by spaces, the first not
     * preceded and the second not followed by a letter or number. Pairs overlap: "Regierungssprecher
     * Steffen Hebestreit" also yields "Steffen Hebestreit".
     */
    static void addKeys(String text, Set<String> keys) {
        int from = 0;
        int[] name = new int[4];
        while (findName(text, from, name)) {
            String first = text.substring(name[0], name[1]).toLowerCase(Locale.ROOT);
            String second = text.substring(name[2], name[3]).toLowerCase(Locale.ROOT);
            boolean named = !FUNCTION_WORDS.contains(first) && !CALENDAR_WORDS.contains(first) && !CALENDAR_WORDS.contains(second);
            if (named) {
                keys.add("n:" + TextNormaliser.normalise(first + " " + second));
            }
            from = name[2];
        }
    }

    /** The leftmost name pair starting at or after {@code from}: {start1, end1, start2, end2}. */
    private static boolean findName(String text, int from, int[] name) {
        for (int i = from; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (Character.getType(c) == Character.UPPERCASE_LETTER && !letterOrNumberBefore(text, i)) {
                int end1 = firstWordEnd(text, i);
                if (end1 > 0) {
                    int start2 = end1;
                    while (start2 < text.length() && isSpace(text.charAt(start2))) {
                        start2++;
                    }
                    int end2 = secondWordEnd(text, start2);
                    if (end2 > 0) {
                        name[0] = i;
                        name[1] = end1;
                        name[2] = start2;
                        name[3] = end2;
                        return true;
                    }
                }
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** End of a capitalised word at {@code at} that is followed by a space, or -1. */
    private static int firstWordEnd(String text, int at) {
        int end = capitalisedEnd(text, at);
        if (end < 0) {
            return -1;
        }
        if (end < text.length() && isSpace(text.charAt(end))) {
            return end;
        }
        if (end < text.length() && text.charAt(end) == '-') {
            int hyphenated = capitalisedEnd(text, end + 1);
            if (hyphenated > 0 && hyphenated < text.length() && isSpace(text.charAt(hyphenated))) {
                return hyphenated;
            }
        }
        return -1;
    }

    /** End of a capitalised word at {@code at} that is not followed by a letter or number, or -1. */
    private static int secondWordEnd(String text, int at) {
        int end = capitalisedEnd(text, at);
        if (end < 0) {
            return -1;
        }
        if (end < text.length() && text.charAt(end) == '-') {
            int hyphenated = capitalisedEnd(text, end + 1);
            if (hyphenated > 0 && !letterOrNumberAt(text, hyphenated)) {
                return hyphenated;
            }
        }
        return letterOrNumberAt(text, end) ? -1 : end;
    }

    /** End of {@code Lu Ll+} at {@code at}, or -1. */
    private static int capitalisedEnd(String text, int at) {
        if (at >= text.length()) {
            return -1;
        }
        int c = text.codePointAt(at);
        if (Character.getType(c) != Character.UPPERCASE_LETTER) {
            return -1;
        }
        int i = at + Character.charCount(c);
        int lower = i;
        while (i < text.length()) {
            int d = text.codePointAt(i);
            if (Character.getType(d) != Character.LOWERCASE_LETTER) {
                break;
            }
            i += Character.charCount(d);
        }
        return i > lower ? i : -1;
    }

    private static Set<String> calendarWords() {
        Set<String> words = new java.util.HashSet<>(DateScanner.MONTHS.keySet());
        words.addAll(List.of("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"));
        return Set.copyOf(words);
    }
}
