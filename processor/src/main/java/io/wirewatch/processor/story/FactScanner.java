package io.wirewatch.processor.story;

import static io.wirewatch.processor.story.CharClasses.digitRunEnd;
import static io.wirewatch.processor.story.CharClasses.isDigit;
import static io.wirewatch.processor.story.CharClasses.letterOrDigitBefore;
import static io.wirewatch.processor.story.CharClasses.letterRunEnd;

import java.util.Locale;
import java.util.Set;

/**
 * Typed facts, whose values two reports of one event agree on and two reports of two events of one kind
 * (two road accidents in one town, two fires in one week) rarely do:
 * <ul>
 *   <li>{@code a:} an age: "37-jähriger", "55-Jährige", "Jahre alt", "37-year-old", "aged 37", or a figure
 *       in brackets after a word ("Michelle (16)", "Radler (55)") → {@code a:37};</li>
 *   <li>{@code m:} an amount of money: a figure with a currency word or sign before or after it, with
 *       "Millionen"/"Mio."/"million" and the like multiplied in ("12 000 Euro", "1,5 Millionen Franken",
 *       "$2.5 million", "CHF 300") → {@code m:12000}, {@code m:1500000}; the currency is left out, as a
 *       report in another language may give it in another form.</li>
 * </ul>
 * A fact of one kind in both reports with no value in common is evidence against their being one event
 * ({@link EventSimilarity}). Pure, no state; a hand-written scan from each digit run, as the other scanners.
 */
final class FactScanner {

    static final String AGE = "a:";
    static final String MONEY = "m:";
    private static final int MAX_AGE = 120;
    private static final Set<String> CURRENCY_WORDS = Set.of("euro", "eur", "franken", "chf", "fr", "dollar", "usd",
            "us-dollar", "pfund", "gbp", "dollars", "euros", "pounds", "francs");
    private static final String CURRENCY_SIGNS = "€$£";

    private FactScanner() {
    }

    static void addKeys(String text, Set<String> keys) {
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text, i) || letterOrDigitBefore(text, i)) {
                i++;
                continue;
            }
            int[] end = new int[1];
            double value = figure(text, i, end);
            int after = end[0];
            if (value >= 0) {
                addFact(text, i, after, value, keys);
            }
            i = Math.max(after, i + 1);
        }
    }

    private static void addFact(String text, int start, int end, double value, Set<String> keys) {
        if (isAge(text, start, end) && value == Math.rint(value) && value >= 1 && value <= MAX_AGE) {
            keys.add(AGE + (long) value);
            return;
        }
        double money = money(text, start, end, value);
        if (money > 0) {
            keys.add(MONEY + Math.round(money));
        }
    }

    /**
     * The value of the figure at {@code start}: digits with groups of exactly three digits after a dot, comma,
     * apostrophe or space ("12.000", "12,000", "12'000", "12 000") as thousands, otherwise one decimal part
     * after a dot or comma ("2,5", "2.5"). {@code end[0]} receives its end; -1 when it touches a letter.
     */
    private static double figure(String text, int start, int[] end) {
        int i = digitRunEnd(text, start);
        StringBuilder digits = new StringBuilder(text.substring(start, i));
        boolean grouped = false;
        while (i + 3 < text.length() && isThousandsSeparator(text.charAt(i)) && digitRunEnd(text, i + 1) == i + 4
                && (grouped || i - start <= 3)) {
            digits.append(text, i + 1, i + 4);
            i += 4;
            grouped = true;
        }
        String decimals = "";
        if (i + 1 < text.length() && (text.charAt(i) == ',' || text.charAt(i) == '.') && isDigit(text, i + 1)) {
            int decimalEnd = digitRunEnd(text, i + 1);
            decimals = text.substring(i + 1, decimalEnd);
            i = decimalEnd;
        }
        end[0] = i;
        if (i < text.length() && Character.isLetter(text.codePointAt(i))) {
            return -1;
        }
        return Double.parseDouble(decimals.isEmpty() ? digits.toString() : digits + "." + decimals);
    }

    private static boolean isThousandsSeparator(char c) {
        return c == '.' || c == ',' || c == '\'' || c == ' ' || c == '\u00A0' || c == '\u202F' || c == '\u2019';
    }

    /** "37-jährig…", "37 Jahre alt", "37-year-old", "37 years old", "aged 37", "Name (37)". */
    private static boolean isAge(String text, int start, int end) {
        String following = lowerAhead(text, end, 16);
        if (following.startsWith("-jährig") || following.startsWith("-jaehrig") || following.startsWith(" jahre alt")
                || following.startsWith("-year-old") || following.startsWith(" years old") || following.startsWith("-years-old")) {
            return true;
        }
        String preceding = text.substring(Math.max(0, start - 5), start).toLowerCase(Locale.ROOT);
        if (preceding.endsWith("aged ")) {
            return true;
        }
        // "Michelle M. (16)", "Radler (55)": a bracketed figure right after a word
        return start >= 3 && text.charAt(start - 1) == '(' && end < text.length() && text.charAt(end) == ')'
                && text.charAt(start - 2) == ' ' && (Character.isLetter(text.charAt(start - 3)) || text.charAt(start - 3) == '.');
    }

    /** The amount of money the figure states, with its multiplier, or 0 when no currency goes with it. */
    private static double money(String text, int start, int end, double value) {
        int at = skipOneSpace(text, end);
        int wordEnd = letterRunEnd(text, at);
        String word = text.substring(at, wordEnd).toLowerCase(Locale.ROOT);
        double multiplier = multiplier(word);
        if (multiplier > 1) {
            at = skipOneSpace(text, wordEnd < text.length() && text.charAt(wordEnd) == '.' ? wordEnd + 1 : wordEnd);
            wordEnd = letterRunEnd(text, at);
            word = text.substring(at, wordEnd).toLowerCase(Locale.ROOT);
        }
        if (at < text.length() && CURRENCY_SIGNS.indexOf(text.charAt(at)) >= 0 || CURRENCY_WORDS.contains(usDollar(text, at, word))) {
            return value * multiplier;
        }
        if (currencyBefore(text, start)) {
            return value * multiplier;
        }
        return 0;
    }

    /** "US-Dollar" is one currency word across its hyphen. */
    private static String usDollar(String text, int at, String word) {
        return word.equals("us") && text.startsWith("-", at + 2) ? "us-" + text.substring(at + 3, letterRunEnd(text, at + 3)).toLowerCase(Locale.ROOT) : word;
    }

    /** "$2.5", "€ 300", "CHF 300", "US$ 5", "EUR 12". */
    private static boolean currencyBefore(String text, int start) {
        int i = start - 1;
        if (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0')) {
            i--;
        }
        if (i >= 0 && CURRENCY_SIGNS.indexOf(text.charAt(i)) >= 0) {
            return true;
        }
        int wordStart = i + 1;
        while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = text.substring(wordStart, i + 1).toLowerCase(Locale.ROOT);
        return word.equals("chf") || word.equals("eur") || word.equals("usd") || word.equals("gbp");
    }

    private static double multiplier(String word) {
        return switch (word) {
            case "tausend", "thousand" -> 1e3;
            case "mio", "million", "millionen", "millions" -> 1e6;
            case "mrd", "milliarde", "milliarden", "billion", "billions" -> 1e9;
            default -> 1;
        };
    }

    private static int skipOneSpace(String text, int at) {
        return at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\u00A0') ? at + 1 : at;
    }

    private static String lowerAhead(String text, int from, int chars) {
        return text.substring(from, Math.min(text.length(), from + chars)).toLowerCase(Locale.ROOT);
    }
}
