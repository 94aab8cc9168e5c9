package io.wirewatch.processor.rules;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * What a rule's query reads, found once when the rule is put.
 *
 * @param all        every term the query names, excluded ones too
 * @param positive   the terms outside exclusions; a sentence matches only if it holds one of them
 * @param termsOnly  true when every leaf is made of fixed terms (terms, phrases); then
 *                   {@link #positive} is a sound pre-check and the query rewrites the same on every
 *                   sentence. False for prefix, wildcard, fuzzy, range and other leaves, whose
 *                   terms depend on the sentence.
 * @param patternOnPrefixField true when a leaf matches terms of {@link NewsAnalyzer#PREFIX_FIELD} by a
 *                   pattern (a user's own {@code prefix:ab*}) rather than by naming them
 */
record RuleTerms(Set<Term> all, Set<Term> positive, boolean termsOnly, boolean patternOnPrefixField) {

    static RuleTerms of(Query query) {
        Collector collector = new Collector(true);
        query.visit(collector);
        return new RuleTerms(Set.copyOf(collector.shared.all), Set.copyOf(collector.shared.positive),
                collector.shared.termsOnly, collector.shared.patternOnPrefixField);
    }

    /** Mutable while the query is visited; shared by the visitors of nested clauses. */
    private static final class Found {
        final Set<Term> all = new HashSet<>();
        final Set<Term> positive = new HashSet<>();
        boolean termsOnly = true;
        boolean patternOnPrefixField;
    }

    private static final class Collector extends QueryVisitor {

        private final Found shared;
        private final boolean positive;

        Collector(boolean positive) {
            this(new Found(), positive);
        }

        private Collector(Found shared, boolean positive) {
            this.shared = shared;
            this.positive = positive;
        }

        @Override
        public void consumeTerms(Query leaf, Term... terms) {
            for (Term term : terms) {
                shared.all.add(term);
                if (positive) {
                    shared.positive.add(term);
                }
            }
        }

        @Override
        public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
            shared.termsOnly = false;
            shared.patternOnPrefixField |= NewsAnalyzer.PREFIX_FIELD.equals(field);
        }

        @Override
        public void visitLeaf(Query leaf) {
            shared.termsOnly = false;
        }

        @Override
        public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            // The default skips excluded clauses; their terms count here too (see the record's fields).
            return occur == BooleanClause.Occur.MUST_NOT ? new Collector(shared, false) : this;
        }
    }
}
