package io.wirewatch.processor.story;

import static io.wirewatch.processor.story.CharClasses.digitRunEnd;
import static io.wirewatch.processor.story.CharClasses.isDigit;
import static io.wirewatch.processor.story.CharClasses.letterRunEnd;
import static io.wirewatch.processor.story.CharClasses.skipSpaces;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code d:} keys: a day of a month in three forms ("3. März", "March 3", "03.03.2026" → {@code d:03-03}),
 * German or English month names in any case. The dates found are blanked in the text returned, so that
 * their days are no figures.
 */
final class DateScanner {

    static final Map<String, Integer> MONTHS = months();

    private DateScanner() {
    }

    /** Adds the date keys of {@code text}; returns the text with every date found blanked. */
    static String addKeys(String text, Set<String> keys) {
        char[] withoutDates = text.toCharArray();
        dayMonthKeys(text, keys, withoutDates);
        monthDayKeys(text, keys, withoutDates);
        numericDateKeys(text, keys, withoutDates);
        return new String(withoutDates);
    }

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

    private static Map<String, Integer> months() {
        Map<String, Integer> months = new LinkedHashMap<>();
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
}
