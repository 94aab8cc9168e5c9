package io.wirewatch.processor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

import io.wirewatch.events.Claim;

/**
 * Whether a rule really matches one sentence, and the spans that made it match.
 *
 * <p>Why a second step: collecting highlights inside the Monitor costs them for every candidate rule
 * the presearcher picks, roughly doubling the matching time, while only the rules that really match
 * need them. {@link RuleMatcher} takes the Monitor's candidate rules for all sentences at once first and
 * asks this class only about the hits, sentence by sentence, with the real rule.
 * The spans are the ones Lucene's {@code HighlightsMatch} reports: Lucene's Matches API, with the
 * single terms of a phrase rather than the whole phrase.
 */
final class RuleHighlighter {

    /**
     * Each thread's spare in-memory index. A fresh {@link MemoryIndex} allocates and zeroes its block
     * pools (tens of kilobytes) for every sentence it holds; a reset one keeps them.
     */
    private final ThreadLocal<MemoryIndex> spare = new ThreadLocal<>();

    /** One sentence indexed with offsets, ready to be asked about several rules; close it after the last. */
    final class Sentence implements AutoCloseable {

        private final MemoryIndex index;
        private final IndexSearcher searcher;
        private final int offset;

        private Sentence(AnalyzedSentence text, int offset) {
            MemoryIndex reused = spare.get();
            spare.remove(); // in use: a sentence opened meanwhile on this thread gets an index of its own
            this.index = reused != null ? reused : new MemoryIndex(true);
            index.addField(NewsAnalyzer.FIELD, text.words());
            index.addField(NewsAnalyzer.PREFIX_FIELD, text.prefixes());
            this.searcher = index.createSearcher();
            this.offset = offset;
        }

        /** Hands the index back for the thread's next sentence. */
        @Override
        public void close() {
            index.reset();
            spare.set(index);
        }

        /**
         * Adds the spans where {@code rule} matches, shifted by the sentence's offset in the text.
         *
         * @return whether {@code rule} matches the sentence at all (Lucene's Matches API answers
         *         null exactly when the document does not match)
         */
        boolean addSpans(ParsedRule rule, List<Claim.Span> spans) {
            try {
                Query query = rule.rewritten() != null ? rule.rewritten() : searcher.rewrite(rule.query());
                Weight weight = searcher.createWeight(query, ScoreMode.COMPLETE_NO_SCORES, 1f);
                Matches matches = weight.matches(leaf(), 0);
                if (matches == null) {
                    return false;
                }
                for (String field : matches) {
                    MatchesIterator hits = matches.getMatches(field);
                    while (hits != null && hits.next()) {
                        MatchesIterator terms = hits.getSubMatches();
                        if (terms == null) {
                            add(hits, spans);
                            continue;
                        }
                        while (terms.next()) {
                            add(terms, spans);
                        }
                    }
                }
                return true;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot highlight rule matches in an in-memory index", e);
            }
        }

        private LeafReaderContext leaf() {
            return searcher.getIndexReader().leaves().get(0);
        }

        private void add(MatchesIterator hit, List<Claim.Span> spans) throws IOException {
            spans.add(new Claim.Span(offset + hit.startOffset(), offset + hit.endOffset()));
        }
    }

    /** @param offset where {@code text} starts in the matched text */
    Sentence sentence(AnalyzedSentence text, int offset) {
        return new Sentence(text, offset);
    }
}
