package io.wirewatch.processor.rules;

import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * A rule without its exclusions, for matching all claim sentences of an article at once.
 *
 * <p>Why: one Monitor call per article is an order of magnitude cheaper than one per sentence, but a
 * rule must still hold within one sentence. Without its {@code NOT} clauses a rule only grows with
 * its text: whatever matches one sentence also matches the relaxed rule on all sentences together.
 * So the relaxed rule can pick the candidates on the whole article, and {@link RuleMatcher} checks
 * the few candidates with the real rule, sentence by sentence. With its exclusions the rule would be
 * wrong on the article: {@code kirby NOT iran} must still fire on a sentence about Kirby when
 * another sentence names Iran.
 */
final class RelaxedQuery {

    private RelaxedQuery() {
    }

    /** {@code query} with every prohibited clause removed, at every depth. */
    static Query of(Query query) {
        Query relaxed = withoutExclusions(query);
        // A rule of exclusions only ("NOT iran") matches nothing in Lucene; say so plainly.
        return relaxed == null ? new MatchNoDocsQuery("a rule of exclusions only matches nothing") : relaxed;
    }

    /** @return null when nothing but exclusions is left */
    private static Query withoutExclusions(Query query) {
        if (query instanceof BoostQuery boost) {
            Query inner = withoutExclusions(boost.getQuery());
            return inner == null ? null : new BoostQuery(inner, boost.getBoost());
        }
        if (!(query instanceof BooleanQuery bool)) {
            return query;
        }
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
        boolean kept = false;
        for (BooleanClause clause : bool.clauses()) {
            if (clause.getOccur() == BooleanClause.Occur.MUST_NOT) {
                continue;
            }
            Query inner = withoutExclusions(clause.getQuery());
            if (inner == null) {
                // The clause matched nothing before; keep it matching nothing, so AND stays false.
                inner = new MatchNoDocsQuery("a clause of exclusions only matches nothing");
            }
            builder.add(inner, clause.getOccur());
            kept = true;
        }
        return kept ? builder.build() : null;
    }
}
