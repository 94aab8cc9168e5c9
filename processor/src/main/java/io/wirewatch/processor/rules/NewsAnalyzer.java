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
 *   → (prefix field only) leading parts → those a rule asks for → RemoveDuplicates
 * </pre>
 *
 * <p>Compound splitting runs on documents only. On the query side it would turn a rule term such as
 * {@code kampfdrohne} into "kampf OR drohne", which matches far more than the user asked for.
 * {@link KeywordRepeatFilter} keeps the unstemmed word next to its stem, because prefix queries are
 * not analysed: {@code drohne*} must still find "drohnen", whose stem is "drohn".
 */
final class NewsAnalyzer extends Analyzer {

    static final String FIELD = "text";

    /**
     * Every leading part (length {@value #MIN_PREFIX} and up) of every term of {@link #FIELD}. A rule's
     * {@code drohne*} becomes the plain term {@code drohne} in this field: the Monitor's presearcher
     * can index a term, whereas a prefix query would be a candidate for every sentence, and with
     * thousands of rules that costs seconds per article.
     */
    static final String PREFIX_FIELD = "prefix";
    static final int MIN_PREFIX = 2;
    private static final int MAX_PREFIX = 40;

    /**
     * Positions between two values of a field: the sentences of an article are the values of one
     * document, and a phrase or proximity rule should not find its words on both sides of a sentence
     * break. (Correctness does not hang on it, since each sentence is checked on its own afterwards;
     * it only spares the check for rules that could never match.)
     */
    private static final int SENTENCE_GAP = 1_000;

    private static final int MIN_WORD = 5;
    private static final int MIN_PART = 4;
    private static final int MAX_PART = 20;

    private static final NormalizeCharMap SHARP_S = sharpS();

    private final boolean splitCompounds;
    /** The prefix terms to keep in {@link #PREFIX_FIELD}; null for rule queries, which need none. */
    private final RulePrefixes prefixes;

    private NewsAnalyzer(boolean splitCompounds, RulePrefixes prefixes) {
        super(PER_FIELD_REUSE_STRATEGY); // the prefix field has its own chain; the default reuse would share one
        this.splitCompounds = splitCompounds;
        this.prefixes = prefixes;
    }

    /**
     * For sentences: also emits the dictionary parts of compound words, and in {@link #PREFIX_FIELD}
     * those of their prefixes that some rule asks for.
     */
    static NewsAnalyzer forDocuments(RulePrefixes prefixes) {
        return new NewsAnalyzer(true, prefixes);
    }

    /** For rule queries: words stay whole. */
    static NewsAnalyzer forQueries() {
        return new NewsAnalyzer(false, null);
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
        if (prefixes != null && PREFIX_FIELD.equals(fieldName)) {
            stream = prefixesOf(stream);
        }
        return new TokenStreamComponents(tokenizer, stream);
    }

    /**
     * The tokens of {@link #PREFIX_FIELD} made from those of {@link #FIELD}: their leading parts that
     * some rule asks for. {@link AnalyzedSentence} applies it to tokens it already has, rather than
     * running the whole chain a second time.
     */
    TokenStream prefixesOf(TokenStream words) {
        return new RemoveDuplicatesTokenFilter(new RulePrefixFilter(words, prefixes, MIN_PREFIX, MAX_PREFIX));
    }

    @Override
    public int getPositionIncrementGap(String fieldName) {
        return SENTENCE_GAP;
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
