package io.wirewatch.processor.claims;

import java.util.List;
import java.util.Set;

/**
 * A sentence with its quotations folded away, so that cue patterns only see the reporter's words.
 *
 * <p>A quotation of {@value #MIN_QUOTE_WORDS} or more words is a statement in its own right: it is
 * replaced by the marker {@value #QUOTE}, and a speech verb inside it ("Unseren Informationen
 * zufolge …") cannot pose as the attribution. Shorter quotations are scare quotes or titles
 * (über diese "Eskalation"); their marks are dropped and their words stay part of the sentence.
 *
 * <p>{@code words} are the lower-case letter runs of {@code text}, which the cue gates look up
 * ({@link CueGate}).
 */
record MaskedSentence(String text, boolean hasStatementQuote, Set<String> words) {

    static final String QUOTE = "⟪Q⟫";
    static final int MIN_QUOTE_WORDS = 3;

    static MaskedSentence of(String sentence, QuoteFinder finder) {
        List<Quote> quotes = finder.find(sentence);
        StringBuilder masked = new StringBuilder(sentence.length());
        boolean statement = false;
        int at = 0;
        for (Quote quote : quotes) {
            masked.append(sentence, at, quote.start());
            String content = quote.content(sentence);
            if (content.strip().split("\\s+").length >= MIN_QUOTE_WORDS) {
                masked.append(QUOTE);
                statement = true;
            } else {
                masked.append(content);
            }
            at = quote.end();
        }
        masked.append(sentence, at, sentence.length());
        String text = collapseWhitespace(masked).strip();
        return new MaskedSentence(text, statement, CueGate.letterRuns(text));
    }

    /** Whether the sentence holds a statement quote marker. */
    boolean hasQuote() {
        return text.contains(QUOTE);
    }

    boolean has(char punctuation) {
        return text.indexOf(punctuation) >= 0;
    }

    /** Whether one of the sentence's letter runs is among {@code cueWords} (lower case). */
    boolean hasAnyWord(Set<String> cueWords) {
        for (String word : words) {
            if (cueWords.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each run of regex whitespace ({@code \s}: space, tab, line feed, vertical tab, form feed,
     * carriage return) as one space, as {@code replaceAll("\\s+", " ")} did, without a regex per sentence.
     */
    private static String collapseWhitespace(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean inSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (!space) {
                out.append(c);
            } else if (!inSpace) {
                out.append(' ');
            }
            inSpace = space;
        }
        return out.toString();
    }
}
