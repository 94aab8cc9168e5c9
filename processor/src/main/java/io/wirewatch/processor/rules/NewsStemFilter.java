package io.wirewatch.processor.rules;

import java.io.IOException;

import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.de.GermanLightStemmer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Light plural and genitive folding for German and English news.
 *
 * <p>{@link GermanLightStemmer} folds the common German endings (Rakete/Raketen, Drohne/Drohnen)
 * and, as a side effect, most English plurals (missiles, drones, rockets). It leaves the genitive
 * "s" after a vowel alone (it is rare on German nouns), but exactly that shape dominates the names
 * news writes about: Nordkoreas, Chinas, Kubas. So a trailing "s" after a vowel is dropped too.
 * Tokens marked as keywords (the unstemmed copy made by {@code KeywordRepeatFilter}) pass through,
 * which keeps prefix queries like {@code drohne*} working on the original word.
 */
final class NewsStemFilter extends TokenFilter {

    private static final int MIN_LENGTH = 4;

    private final GermanLightStemmer stemmer = new GermanLightStemmer();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

    NewsStemFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword() && term.length() >= MIN_LENGTH) {
            char[] buffer = term.buffer();
            int length = stripVowelGenitive(buffer, term.length());
            term.setLength(stemmer.stem(buffer, length));
        }
        return true;
    }

    private static int stripVowelGenitive(char[] buffer, int length) {
        if (length > MIN_LENGTH && buffer[length - 1] == 's' && "aiouy".indexOf(buffer[length - 2]) >= 0) {
            return length - 1;
        }
        return length;
    }
}
