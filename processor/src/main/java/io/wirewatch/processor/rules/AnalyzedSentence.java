package io.wirewatch.processor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;

/**
 * One sentence run through {@link NewsAnalyzer} once, with the tokens of both fields kept for replay.
 *
 * <p>Why: a sentence is indexed twice, in the Monitor's document of all sentences and, if a rule is a
 * candidate, in its own index that decides and highlights. The analysis chain (compound parts, stems,
 * prefixes) was the larger part of the matching time, so it runs once.
 *
 * <p>The replays share the attributes of the analyzer's reused chain for their field: replay one
 * sentence at a time, on the thread that analysed it.
 */
final class AnalyzedSentence {

    private final CachingTokenFilter words;
    private final CachingTokenFilter prefixes;
    private Set<Term> terms;

    AnalyzedSentence(NewsAnalyzer analyzer, String text) {
        try (TokenStream stream = analyzer.tokenStream(NewsAnalyzer.FIELD, text)) {
            this.words = cache(stream);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a sentence held in memory", e);
        }
        // The prefixes are made from the cached words: the chain up to the words runs once.
        this.prefixes = cache(analyzer.prefixesOf(words()));
    }

    /** The tokens of {@link NewsAnalyzer#FIELD} from the start; closing the stream is a no-op. */
    TokenStream words() {
        return replay(words);
    }

    /** The tokens of {@link NewsAnalyzer#PREFIX_FIELD} from the start; closing the stream is a no-op. */
    TokenStream prefixes() {
        return replay(prefixes);
    }

    /**
     * Whether the sentence holds one of {@code wanted}: the cheap pre-check that spares most
     * sentences their own index (see {@link RuleTerms#positive()}).
     */
    boolean holdsAny(Set<Term> wanted) {
        if (terms == null) {
            terms = new HashSet<>();
            collect(NewsAnalyzer.FIELD, words());
            collect(NewsAnalyzer.PREFIX_FIELD, prefixes());
        }
        for (Term term : wanted) {
            if (terms.contains(term)) {
                return true;
            }
        }
        return false;
    }

    private void collect(String field, TokenStream tokens) {
        CharTermAttribute term = tokens.getAttribute(CharTermAttribute.class);
        try {
            while (tokens.incrementToken()) {
                terms.add(new Term(field, term.toString()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replay cached tokens", e);
        }
    }

    private static TokenStream replay(CachingTokenFilter cache) {
        try {
            cache.reset(); // a filled cache rewinds without touching the analyzer
            return cache;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewind cached tokens", e);
        }
    }

    private static CachingTokenFilter cache(TokenStream stream) {
        try {
            CachingTokenFilter cache = new CachingTokenFilter(new ClosedElsewhere(stream));
            cache.reset();
            while (cache.incrementToken()) {
                // fills the cache
            }
            cache.end();
            return cache;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot analyse a sentence held in memory", e);
        }
    }

    /**
     * The analyzer's stream is closed once it is cached (the analyzer reuses it for the next
     * sentence); the indexes that replay the cache close it again, which must not reach it. The
     * prefixes read the cached words, which must stay open for replay too.
     */
    private static final class ClosedElsewhere extends TokenFilter {

        ClosedElsewhere(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            return input.incrementToken();
        }

        @Override
        public void close() {
            // see the class comment
        }
    }
}
