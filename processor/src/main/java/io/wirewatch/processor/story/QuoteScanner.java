package io.wirewatch.processor.story;

import java.util.Set;

import io.wirewatch.processor.copies.TextNormaliser;

/**
 * {@code q:} keys: every run of {@code quoteWords} words inside a quotation, normalised as for copy
 * detection. Scans for what {@code ["„“”«»]([^"„“”«»]{10,})["“”»«]} matches.
 */
final class QuoteScanner {

    /** Quotation marks that open a quote, and the subset that closes one ({@code „} only opens). */
    private static final String QUOTE_MARKS = "\"\u201E\u201C\u201D\u00AB\u00BB";
    private static final String CLOSING_MARKS = "\"\u201C\u201D\u00BB\u00AB";
    private static final int MIN_QUOTE_CHARS = 10;

    private final int quoteWords;

    /** @param quoteWords words per key, at least 2 */
    QuoteScanner(int quoteWords) {
        if (quoteWords < 2) {
            throw new IllegalArgumentException("a distinctive quote needs at least 2 words, was " + quoteWords);
        }
        this.quoteWords = quoteWords;
    }

    /** A quote: an opening mark, at least {@value #MIN_QUOTE_CHARS} characters without marks, a closing mark. */
    void addKeys(String text, Set<String> keys) {
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
}
