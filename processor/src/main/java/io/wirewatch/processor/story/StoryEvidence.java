package io.wirewatch.processor.story;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.wirewatch.processor.copies.TextNormaliser;

/**
 * The facts two independent reports of one event share even when their wording differs: runs of words
 * inside quotation marks, names (two capitalised words in a row), calendar dates and figures. Each is a
 * key with a kind prefix; pure, no state.
 *
 * <ul>
 *   <li>{@code q:} every run of {@code quoteWords} words inside a quotation, normalised as for copy detection;</li>
 *   <li>{@code n:} two capitalised words in a row that do not start with a function word ("Steffen Hebestreit", "Deutsche Bahn");</li>
 *   <li>{@code d:} a day of a month ("3. März", "March 3", "03.03.2026" → {@code d:03-03});</li>
 *   <li>{@code z:} a figure other than a year or a date ("2,5", "120", "17.000").</li>
 * </ul>
 *
 * <p>Each kind is found by a hand-written scan rather than a regular expression. The expressions (kept
 * in the tests as the specification the scans must agree with) cost more than the whole of copy
 * detection: Java tries lookbehinds, Unicode classes and the month alternation at every position of
 * every article. Where a scan says "digit" it means ASCII 0–9 ({@code \d}), "space" the ASCII white space
 * of {@code \s}, "letter" {@code \p{L}} and "number" {@code \p{N}}.
 */
public final class StoryEvidence {

    public static final int DEFAULT_QUOTE_WORDS = 6;

    /** Quotation marks that open a quote, and the subset that closes one ({@code „} only opens). */
    private static final String QUOTE_MARKS = "\"\u201E\u201C\u201D\u00AB\u00BB";
    private static final String CLOSING_MARKS = "\"\u201C\u201D\u00BB\u00AB";
    private static final int MIN_QUOTE_CHARS = 10;
    static final Map<String, Integer> MONTHS = months();
    /** Words that begin sentences and phrases and are capitalised for that reason, not because of a name. */
    static final Set<String> FUNCTION_WORDS = Set.of(
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "am", "im", "in",
            "auf", "bei", "nach", "mit", "von", "vom", "zu", "zum", "zur", "für", "und", "aber", "wie", "es", "er",
            "sie", "wir", "man", "dies", "diese", "dieser", "laut", "seit", "bis", "als", "auch", "so", "doch",
            "the", "a", "an", "on", "at", "for", "and", "but", "as", "it", "he", "she", "we", "they", "this",
            "that", "of", "by", "to", "from", "with", "after", "before", "mr", "mrs", "ms", "herr", "frau");
    static final Set<String> CALENDAR_WORDS = calendarWords();

    private final int quoteWords;

    public StoryEvidence(int quoteWords) {
        if (quoteWords < 2) {
            throw new IllegalArgumentException("a distinctive quote needs at least 2 words, was " + quoteWords);
        }
        this.quoteWords = quoteWords;
    }

    /** The evidence keys of a title and text, without repetitions. */
    public Set<String> keys(String title, String text) {
        String all = title + "\n" + text;
        Set<String> keys = new LinkedHashSet<>();
        quoteKeys(all, keys);
        nameKeys(all, keys);
        char[] withoutDates = all.toCharArray();
        dayMonthKeys(all, keys, withoutDates);
        monthDayKeys(all, keys, withoutDates);
        numericDateKeys(all, keys, withoutDates);
        figureKeys(new String(withoutDates), keys);
        return keys;
    }

    // ---- q: quotes ---------------------------------------------------------------------------------

    /** A quote: an opening mark, at least {@value #MIN_QUOTE_CHARS} characters without marks, a closing mark. */
    private void quoteKeys(String text, Set<String> keys) {
        int open = nextQuoteMark(text, 0);
        while (open >= 0) {
            int close = nextQuoteMark(text, open + 1);
            if (close < 0) {
                return;
            }
            if (close - open - 1 >= MIN_QUOTE_CHARS && CLOSING_MARKS.indexOf(text.charAt(close)) >= 0) {
                addQuoteRuns(TextNormaliser.normalise(text.substring(open + 1, close)), keys);
                open = nextQuoteMark(text, close + 1);
            } else {
                open = close; // no mark lies between, so the next quote can only open here
            }
        }
    }

    private void addQuoteRuns(String normalised, Set<String> keys) {
        String[] words = normalised.split(" ");
        StringBuilder run = new StringBuilder("q:");
        for (int start = 0; start + quoteWords <= words.length; start++) {
            run.setLength(2);
            for (int i = start; i < start + quoteWords; i++) {
                if (i > start) {
                    run.append(' ');
                }
                run.append(words[i]);
            }
            keys.add(run.toString());
        }
    }

    private static int nextQuoteMark(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            // the only ASCII mark is '"': every other ASCII character is rejected with two comparisons
            if (c == '"' || c >= 0xAB && QUOTE_MARKS.indexOf(c) >= 0) {
                return i;
            }
        }
        return -1;
    }

    // ---- n: names ----------------------------------------------------------------------------------

    /**
     * Two capitalised words ({@code Lu Ll+}, optionally {@code -Lu Ll+}) separated by spaces, the first not
     * preceded and the second not followed by a letter or number. Pairs overlap: "Regierungssprecher
     * Steffen Hebestreit" also yields "Steffen Hebestreit".
     */
    private static void nameKeys(String text, Set<String> keys) {
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

    // ---- d: dates ----------------------------------------------------------------------------------

    /** "3. März", "14 march": one or two digits, an optional dot, spaces, a month name as a whole word. */
    private static void dayMonthKeys(String text, Set<String> keys, char[] rest) {
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text, i) || isDigit(text, i - 1)) {
                continue;
            }
            int digitsEnd = digitRunEnd(text, i);
            if (digitsEnd - i > 2) {
                i = digitsEnd - 1;
                continue;
            }
            int at = digitsEnd < text.length() && text.charAt(digitsEnd) == '.' ? digitsEnd + 1 : digitsEnd;
            int wordStart = skipSpaces(text, at);
            if (wordStart == at) {
                continue;
            }
            int wordEnd = letterRunEnd(text, wordStart);
            Integer month = MONTHS.get(text.substring(wordStart, wordEnd).toLowerCase(Locale.ROOT));
            if (month != null) {
                addDate(keys, Integer.parseInt(text, i, digitsEnd, 10), month, rest, i, wordEnd);
                i = wordEnd - 1;
            }
        }
    }

    /** "March 3", "März 14": a month name as a whole word, spaces, one or two digits not followed by a digit. */
    private static void monthDayKeys(String text, Set<String> keys, char[] rest) {
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int wordEnd = letterRunEnd(text, i);
            int digits = skipSpaces(text, wordEnd);
            int digitsEnd = digitRunEnd(text, digits);
            if (digits > wordEnd && digitsEnd - digits >= 1 && digitsEnd - digits <= 2) {
                Integer month = MONTHS.get(text.substring(i, wordEnd).toLowerCase(Locale.ROOT));
                if (month != null) {
                    addDate(keys, Integer.parseInt(text, digits, digitsEnd, 10), month, rest, i, digitsEnd);
                }
                i = digitsEnd; // a word-and-day pair is consumed whether or not the word is a month
                continue;
            }
            i = wordEnd;
        }
    }

    /** "03.03.2026", "3.3.": day and month of one or two digits each, each with its dot, an optional year of 2–4 digits. */
    private static void numericDateKeys(String text, Set<String> keys, char[] rest) {
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text, i) || isDigit(text, i - 1)) {
                i++;
                continue;
            }
            int dayEnd = digitRunEnd(text, i);
            int month = dayEnd + 1;
            int monthEnd = digitRunEnd(text, month);
            int yearEnd = digitRunEnd(text, monthEnd + 1);
            boolean dayOk = dayEnd - i <= 2 && dayEnd < text.length() && text.charAt(dayEnd) == '.';
            boolean monthOk = dayOk && monthEnd - month >= 1 && monthEnd - month <= 2
                    && monthEnd < text.length() && text.charAt(monthEnd) == '.';
            int yearDigits = yearEnd - (monthEnd + 1);
            if (monthOk && (yearDigits == 0 || yearDigits >= 2 && yearDigits <= 4)) {
                addDate(keys, Integer.parseInt(text, i, dayEnd, 10), Integer.parseInt(text, month, monthEnd, 10), rest, i, yearEnd);
                i = yearEnd;
            } else {
                i = dayEnd;
            }
        }
    }

    private static void addDate(Set<String> keys, int day, int month, char[] rest, int start, int end) {
        if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
            keys.add("d:" + twoDigits(month) + "-" + twoDigits(day));
            // Blanked, so that the day of a date is no figure.
            for (int i = start; i < end; i++) {
                rest[i] = ' ';
            }
        }
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    // ---- z: figures --------------------------------------------------------------------------------

    /**
     * Digits with inner dots or commas ("17.000", "2,5"), not touching a letter or digit on either side;
     * a trailing group that touches a letter is left off ("12,5a" → "12"). Years and one-digit figures
     * are no evidence.
     */
    private static void figureKeys(String text, Set<String> keys) {
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text, i) || letterOrDigitBefore(text, i)) {
                i++;
                continue;
            }
            int end = digitRunEnd(text, i);
            int lastGroup = end;
            int withGroups = end;
            while (withGroups + 1 < text.length() && (text.charAt(withGroups) == '.' || text.charAt(withGroups) == ',')
                    && isDigit(text, withGroups + 1)) {
                lastGroup = withGroups;
                withGroups = digitRunEnd(text, withGroups + 1);
            }
            if (!letterOrDigitAt(text, withGroups)) {
                end = withGroups;
            } else if (withGroups > end) {
                end = lastGroup;
            } else {
                i = end;
                continue;
            }
            String figure = text.substring(i, end);
            if (figure.length() >= 2 && !isYear(figure)) {
                keys.add("z:" + figure.replace(',', '.'));
            }
            i = end;
        }
    }

    private static boolean isYear(String figure) {
        return figure.length() == 4 && (figure.startsWith("19") || figure.startsWith("20"))
                && isDigit(figure, 2) && isDigit(figure, 3);
    }

    // ---- characters --------------------------------------------------------------------------------

    private static boolean isDigit(String text, int i) {
        return i >= 0 && i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
    }

    /** {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int digitRunEnd(String text, int from) {
        int i = from;
        while (isDigit(text, i)) {
            i++;
        }
        return i;
    }

    private static int letterRunEnd(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!Character.isLetter(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private static boolean letterOrNumberBefore(String text, int i) {
        if (i == 0) {
            return false;
        }
        int c = text.codePointBefore(i);
        return Character.isLetter(c) || isNumber(c);
    }

    private static boolean letterOrNumberAt(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        int c = text.codePointAt(i);
        return Character.isLetter(c) || isNumber(c);
    }

    private static boolean letterOrDigitBefore(String text, int i) {
        return i > 0 && (Character.isLetter(text.codePointBefore(i)) || isDigit(text, i - 1));
    }

    private static boolean letterOrDigitAt(String text, int i) {
        return i < text.length() && (Character.isLetter(text.codePointAt(i)) || isDigit(text, i));
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new java.util.LinkedHashMap<>();
        String[] german = {"januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"};
        String[] english = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"};
        for (int i = 0; i < 12; i++) {
            months.put(german[i], i + 1);
            months.put(english[i], i + 1);
        }
        months.put("maerz", 3);
        months.put("jänner", 1);
        return Map.copyOf(months);
    }

    private static Set<String> calendarWords() {
        Set<String> words = new java.util.HashSet<>(MONTHS.keySet());
        words.addAll(List.of("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
                "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"));
        return Set.copyOf(words);
    }
}
