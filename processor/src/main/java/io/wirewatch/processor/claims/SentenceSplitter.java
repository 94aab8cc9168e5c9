package io.wirewatch.processor.claims;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits news text into sentences, returned as half-open {@code [start, end)} character spans with
 * surrounding whitespace trimmed.
 *
 * <p>Rules, in the order they are applied:
 * <ol>
 *   <li>A line break ends a segment. Scraped articles keep navigation and captions ("Zum Inhalt
 *       springen", "Foto:") on lines of their own, and gluing them to the next sentence would make
 *       a headline part of a claim. Only a long line that stops mid-sentence and is continued in
 *       lower case is treated as a hard wrap and joined.</li>
 *   <li>Inside a line a sentence ends at {@code . ! ? …} (plus closing quotes or brackets) followed
 *       by space and an upper-case letter, digit or opening quote.</li>
 *   <li>A period does not end a sentence after an abbreviation ("Dr.", "Nr.", "z. B."), a single
 *       letter (initials), a list number at the start of a line, or an ordinal number ("am 30.
 *       Dezember", "den 2. Januar").</li>
 *   <li>A period inside a quotation does not end the sentence when the quotation goes on with its
 *       attribution: „Satz eins. Satz zwei“, sagte X — or was introduced by a colon.</li>
 * </ol>
 */
public final class SentenceSplitter {

    /** A line at least this long that stops mid-sentence may be a hard wrap. */
    private static final int WRAPPED_LINE = 60;
    /** Longer "quotations" are more likely mismatched quote marks than one quoted passage. */
    private static final int MAX_QUOTE = 600;

    private static final String TERMINALS = ".!?…";
    private static final String CLOSERS = "\"“”»«’'‹›)]";
    private static final String OPENERS = "\"„“«»‚‘‹›(";

    private final QuoteFinder quoteFinder = new QuoteFinder();

    public List<int[]> split(String text) {
        List<int[]> sentences = new ArrayList<>();
        for (int[] block : blocks(text)) {
            splitBlock(text, block[0], block[1], sentences);
        }
        return sentences;
    }

    /** Line-based blocks: each line, except hard-wrapped lines joined with their continuation. */
    private static List<int[]> blocks(String text) {
        List<int[]> blocks = new ArrayList<>();
        int blockStart = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (newline < 0 || !continuesOnNextLine(text, lineStart, lineEnd)) {
                blocks.add(new int[] {blockStart, lineEnd});
                blockStart = lineEnd + 1;
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return blocks;
    }

    private static boolean continuesOnNextLine(String text, int lineStart, int lineEnd) {
        String line = text.substring(lineStart, lineEnd).strip();
        if (line.length() < WRAPPED_LINE || TERMINALS.indexOf(line.charAt(line.length() - 1)) >= 0) {
            return false;
        }
        int next = lineEnd + 1;
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        return next < text.length() && Character.isLowerCase(text.charAt(next));
    }

    private void splitBlock(String text, int from, int to, List<int[]> out) {
        String block = text.substring(from, to);
        List<Quote> protectedQuotes = protectedQuotes(block);
        int sentenceStart = 0;
        for (int i = 0; i < block.length(); i++) {
            if (TERMINALS.indexOf(block.charAt(i)) < 0) {
                continue;
            }
            int end = i + 1;
            while (end < block.length() && TERMINALS.indexOf(block.charAt(end)) >= 0) {
                end++;
            }
            while (end < block.length() && CLOSERS.indexOf(block.charAt(end)) >= 0) {
                end++;
            }
            int next = end;
            while (next < block.length() && Character.isWhitespace(block.charAt(next))) {
                next++;
            }
            if (next == end || next >= block.length()) {
                continue; // no space after it ("1.000", "U.S.") or end of block
            }
            if (startsSentence(block.charAt(next))
                    && !insideQuote(protectedQuotes, i)
                    && !(block.charAt(i) == '.' && end == i + 1 && periodIsNotFinal(block, sentenceStart, i, next))) {
                add(text, from + sentenceStart, from + end, out);
                sentenceStart = next;
                i = next - 1;
            }
        }
        add(text, from + sentenceStart, to, out);
    }

    private static boolean startsSentence(char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || OPENERS.indexOf(c) >= 0;
    }

    /** Quotations whose inner sentence ends must not split the sentence they belong to. */
    private List<Quote> protectedQuotes(String block) {
        List<Quote> result = new ArrayList<>();
        for (Quote quote : quoteFinder.find(block)) {
            if (quote.end() - quote.start() <= MAX_QUOTE
                    && (continuesAfter(block, quote.end()) || introducedByColon(block, quote.start()))) {
                result.add(quote);
            }
        }
        return result;
    }

    private static boolean continuesAfter(String block, int end) {
        int i = end;
        while (i < block.length() && block.charAt(i) == ' ') {
            i++;
        }
        return i < block.length() && (",;:–—-".indexOf(block.charAt(i)) >= 0 || Character.isLowerCase(block.charAt(i)));
    }

    private static boolean introducedByColon(String block, int start) {
        int i = start - 1;
        while (i >= 0 && block.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && block.charAt(i) == ':';
    }

    private static boolean insideQuote(List<Quote> quotes, int index) {
        for (Quote quote : quotes) {
            if (index > quote.start() && index < quote.end() - 1) {
                return true;
            }
        }
        return false;
    }

    /** Decides whether the single period at {@code dot} belongs to a word rather than ending a sentence. */
    private static boolean periodIsNotFinal(String block, int sentenceStart, int dot, int next) {
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(block.charAt(wordStart - 1))) {
            wordStart--;
        }
        String word = stripOpeners(block.substring(wordStart, dot));
        if (word.isEmpty()) {
            return false;
        }
        if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
            return true; // initials and "z. B."
        }
        if (Abbreviations.neverEndsSentence(word)) {
            return true;
        }
        if (word.chars().allMatch(Character::isDigit)) {
            return isOrdinal(block, sentenceStart, wordStart, word, next);
        }
        return false;
    }

    private static boolean isOrdinal(String block, int sentenceStart, int wordStart, String number, int next) {
        if (block.substring(sentenceStart, wordStart).isBlank()) {
            return true; // "1. Zum Inhalt springen": a list number
        }
        if (Abbreviations.isMonth(wordAt(block, next))) {
            return true;
        }
        return number.length() <= 2 && Abbreviations.isOrdinalContext(wordBefore(block, wordStart));
    }

    private static String wordAt(String block, int start) {
        int end = start;
        while (end < block.length() && Character.isLetter(block.charAt(end))) {
            end++;
        }
        return block.substring(start, end);
    }

    private static String wordBefore(String block, int wordStart) {
        int end = wordStart;
        while (end > 0 && Character.isWhitespace(block.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && Character.isLetter(block.charAt(start - 1))) {
            start--;
        }
        return block.substring(start, end);
    }

    private static String stripOpeners(String word) {
        int i = 0;
        while (i < word.length() && OPENERS.indexOf(word.charAt(i)) >= 0) {
            i++;
        }
        return word.substring(i);
    }

    private static void add(String text, int start, int end, List<int[]> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(new int[] {start, end});
        }
    }
}
