package io.wirewatch.processor.rules;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The leading parts of each word that some rule asks for ({@link RulePrefixes} says why only those):
 * the tokens an {@code EdgeNGramTokenFilter(minGram, maxGram, preserveOriginal = true)} followed by
 * a filter on {@link RulePrefixes#wanted} would give, with the same terms, attributes and positions.
 *
 * <p>Why not those two filters: the n-gram filter restores the word's whole attribute state for every
 * leading part, and nearly all of them were then dropped; that was a tenth of the matching time. Here
 * a leading part becomes a token only when a rule wants it. Leading parts are counted in code points
 * as the n-gram filter counts them; a word shorter than {@code minGram} or longer than {@code maxGram}
 * is offered whole as well. The first token kept gets the position increments of all words since the
 * previous kept token, the others of the same word none, as a filter that drops tokens passes them on.
 */
final class RulePrefixFilter extends TokenFilter {

    private final RulePrefixes prefixes;
    private final int minGram;
    private final int maxGram;
    private final RulePrefixes.Key probe = RulePrefixes.Key.probe();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute positionIncrement = addAttribute(PositionIncrementAttribute.class);

    /** The current word, its state, and the char lengths of its wanted leading parts still to emit. */
    private char[] word = new char[16];
    private State wordState;
    private int[] wantedLengths = new int[16];
    private int wanted;
    private int emitted;
    /** Position increments of the words since the last token emitted. */
    private int pendingIncrement;

    RulePrefixFilter(TokenStream input, RulePrefixes prefixes, int minGram, int maxGram) {
        super(input);
        this.prefixes = prefixes;
        this.minGram = minGram;
        this.maxGram = maxGram;
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (emitted == wanted) {
            if (!input.incrementToken()) {
                return false;
            }
            pendingIncrement += positionIncrement.getPositionIncrement();
            readWord();
        }
        if (emitted > 0) {
            restoreState(wordState);
        }
        positionIncrement.setPositionIncrement(pendingIncrement);
        pendingIncrement = 0;
        term.copyBuffer(word, 0, wantedLengths[emitted++]);
        return true;
    }

    /** Collects the wanted leading parts of the input's current token, shortest first, then the whole word. */
    private void readWord() {
        int length = term.length();
        if (word.length < length) {
            word = new char[length];
        }
        System.arraycopy(term.buffer(), 0, word, 0, length);
        wanted = 0;
        emitted = 0;
        int codePoints = Character.codePointCount(word, 0, length);
        if (codePoints < minGram) {
            offer(length);
        } else {
            int end = Character.offsetByCodePoints(word, 0, length, 0, minGram - 1);
            for (int gram = minGram; gram <= Math.min(codePoints, maxGram); gram++) {
                end += Character.charCount(Character.codePointAt(word, end, length));
                offer(end);
            }
            if (codePoints > maxGram) {
                offer(length);
            }
        }
        if (wanted > 0) {
            wordState = captureState();
        }
    }

    private void offer(int length) {
        if (prefixes.wanted(word, length, probe)) {
            if (wanted == wantedLengths.length) {
                wantedLengths = Arrays.copyOf(wantedLengths, wanted * 2);
            }
            wantedLengths[wanted++] = length;
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        wanted = 0;
        emitted = 0;
        pendingIncrement = 0;
        wordState = null;
    }

    @Override
    public void end() throws IOException {
        super.end();
        // The n-gram filter ended with the increments it had not passed on (none) in place of the
        // input's, and the dropping filter added those of the tokens it dropped.
        positionIncrement.setPositionIncrement(pendingIncrement);
    }
}
