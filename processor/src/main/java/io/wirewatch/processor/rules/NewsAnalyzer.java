package io.wirewatch.processor.rules;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analysis chain shared by rules and sentences.
 *
 * <pre>
 *   ß → ss (char filter, so offsets stay true)
 *   StandardTokenizer → EnglishPossessive → LowerCase
 *   → compound parts (documents only) → KeywordRepeat → NewsStem → RemoveDuplicates
 * </pre>
 *
 * <p>Compound splitting runs on documents only. On the query side it would turn a rule term such as
 * {@code kampfdrohne} into "kampf OR drohne", which matches far more than the user asked for.
 * {@link KeywordRepeatFilter} keeps the unstemmed word next to its stem, because prefix queries are
 * not analysed: {@code drohne*} must still find "drohnen", whose stem is "drohn".
 */
final class NewsAnalyzer extends Analyzer {

    static final String FIELD = "text";

    private static final int MIN_WORD = 5;
    private static final int MIN_PART = 4;
    private static final int MAX_PART = 20;

    private static final NormalizeCharMap SHARP_S = sharpS();

    private final boolean splitCompounds;

    private NewsAnalyzer(boolean splitCompounds) {
        this.splitCompounds = splitCompounds;
    }

    /** For sentences: also emits the dictionary parts of compound words. */
    static NewsAnalyzer forDocuments() {
        return new NewsAnalyzer(true);
    }

    /** For rule queries: words stay whole. */
    static NewsAnalyzer forQueries() {
        return new NewsAnalyzer(false);
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new MappingCharFilter(SHARP_S, reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new MappingCharFilter(SHARP_S, reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(tokenizer);
        stream = new LowerCaseFilter(stream);
        if (splitCompounds) {
            stream = new DictionaryCompoundWordTokenFilter(
                    stream, CompoundParts.dictionary(), MIN_WORD, MIN_PART, MAX_PART, false);
        }
        stream = new KeywordRepeatFilter(stream);
        stream = new NewsStemFilter(stream);
        stream = new RemoveDuplicatesTokenFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    /** Wildcard and prefix terms skip the chain above; they still need case and ß folding. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }

    private static NormalizeCharMap sharpS() {
        NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
        builder.add("ß", "ss");
        return builder.build();
    }
}
