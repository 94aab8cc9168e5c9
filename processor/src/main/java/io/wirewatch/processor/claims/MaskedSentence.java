package io.wirewatch.processor.claims;

import java.util.List;

/**
 * A sentence with its quotations folded away, so that cue patterns only see the reporter's words.
 *
 * <p>A quotation of {@value #MIN_QUOTE_WORDS} or more words is a statement in its own right: it is
 * replaced by the marker {@value #QUOTE}, and a speech verb inside it ("Unseren Informationen
 * zufolge …") cannot pose as the attribution. Shorter quotations are scare quotes or titles
 * (über diese "Eskalation"); their marks are dropped and their words stay part of the sentence.
 */
record MaskedSentence(String text, boolean hasStatementQuote) {

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
        return new MaskedSentence(masked.toString().replaceAll("\\s+", " ").strip(), statement);
    }
}
