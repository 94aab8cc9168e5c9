package io.wirewatch.processor.story;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirewatch.processor.copies.TextNormaliser;

/**
 * The regular-expression statement of {@link StoryEvidence}'s rules, as they were first written: kept as
 * the specification the single-pass scanner must agree with ({@code StoryEvidenceScannerTest}), not used
 * in production because the date alternations cost more than all of copy detection.
 */
final class RegexStoryEvidence {

    private static final Pattern QUOTED = Pattern.compile("[\"\u201E\u201C\u201D\u00AB\u00BB]([^\"\u201E\u201C\u201D\u00AB\u00BB]{10,})[\"\u201C\u201D\u00BB\u00AB]");
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\p{N}])(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)\\s+(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}\\p{Ll}+)?)(?![\\p{L}\\p{N}])");
    private static final Map<String, Integer> MONTHS = DateScanner.MONTHS;
    private static final String MONTH_NAMES = String.join("|", MONTHS.keySet());
    private static final Pattern DAY_MONTH = Pattern.compile("(?<!\\d)(\\d{1,2})\\.?\\s+(" + MONTH_NAMES + ")(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /**
     * A whole word before a day; {@link #dateKeys} keeps it only when it is a month. Matching any word and
     * looking it up is equivalent to a case-insensitive alternation of the month names, which Java tries
     * branch by branch at every position of the text (the costliest pattern here by far).
     */
    private static final Pattern WORD_DAY = Pattern.compile("(?<!\\p{L})(\\p{L}+)\\s+(\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC_DATE = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(?:\\d{2,4})?(?!\\d)");
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\d])\\d+(?:[.,]\\d+)*(?![\\p{L}\\d])");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Set<String> FUNCTION_WORDS = NameScanner.FUNCTION_WORDS;
    private static final Set<String> CALENDAR_WORDS = NameScanner.CALENDAR_WORDS;

    private final int quoteWords;

    RegexStoryEvidence(int quoteWords) {
        if (quoteWords < 2) {
            throw new IllegalArgumentException("a distinctive quote needs at least 2 words, was " + quoteWords);
        }
        this.quoteWords = quoteWords;
    }

    /** The evidence keys of a title and text, without repetitions. */
    Set<String> keys(String title, String text) {
        String all = title + "\n" + text;
        Set<String> keys = new LinkedHashSet<>();
        quoteKeys(all, keys);
        nameKeys(all, keys);
        String withoutDates = dateKeys(all, keys);
        figureKeys(withoutDates, keys);
        return keys;
    }

    private void quoteKeys(String text, Set<String> keys) {
        Matcher quoted = QUOTED.matcher(text);
        while (quoted.find()) {
            String[] words = TextNormaliser.normalise(quoted.group(1)).split(" ");
            for (int start = 0; start + quoteWords <= words.length; start++) {
                keys.add("q:" + String.join(" ", List.of(words).subList(start, start + quoteWords)));
            }
        }
    }

    private static void nameKeys(String text, Set<String> keys) {
        Matcher name = NAME.matcher(text);
        int from = 0;
        while (name.find(from)) {
            String first = name.group(1).toLowerCase(Locale.ROOT);
            String second = name.group(2).toLowerCase(Locale.ROOT);
            boolean named = !FUNCTION_WORDS.contains(first) && !CALENDAR_WORDS.contains(first) && !CALENDAR_WORDS.contains(second);
            if (named) {
                keys.add("n:" + TextNormaliser.normalise(first + " " + second));
            }
            // Overlapping pairs: "Regierungssprecher Steffen Hebestreit" also yields "Steffen Hebestreit".
            from = name.start(2);
        }
    }

    /** Adds the date keys and returns the text with the dates blanked, so their days are not figures. */
    private static String dateKeys(String text, Set<String> keys) {
        StringBuilder rest = new StringBuilder(text);
        Matcher m = DAY_MONTH.matcher(text);
        while (m.find()) {
            addDate(keys, Integer.parseInt(m.group(1)), MONTHS.get(m.group(2).toLowerCase(Locale.ROOT)), rest, m);
        }
        m = WORD_DAY.matcher(text);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            if (month != null) {
                addDate(keys, Integer.parseInt(m.group(2)), month, rest, m);
            }
        }
        m = NUMERIC_DATE.matcher(text);
        while (m.find()) {
            addDate(keys, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), rest, m);
        }
        return rest.toString();
    }

    private static void addDate(Set<String> keys, int day, Integer month, StringBuilder rest, Matcher where) {
        if (month != null && day >= 1 && day <= 31 && month >= 1 && month <= 12) {
            keys.add(String.format("d:%02d-%02d", month, day));
            for (int i = where.start(); i < where.end(); i++) {
                rest.setCharAt(i, ' ');
            }
        }
    }

    private static void figureKeys(String text, Set<String> keys) {
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            String figure = m.group();
            boolean trivial = figure.length() < 2 || YEAR.matcher(figure).matches();
            if (!trivial) {
                keys.add("z:" + figure.replace(',', '.'));
            }
        }
    }
}
