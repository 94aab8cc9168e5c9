package io.wirewatch.processor.rules;

import java.util.Map;

import org.apache.lucene.monitor.CandidateMatcher;
import org.apache.lucene.monitor.MatcherFactory;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * Takes every rule the Monitor's presearcher selects as a candidate, without running the rule on the
 * article first.
 *
 * <p>Why: {@link RuleMatcher} decides each candidate on each sentence with the real rule anyway; the
 * Monitor's own check of the relaxed rule on the whole article only thinned the candidates, and
 * rewriting and running every candidate on the article cost more than checking the few extra ones,
 * which the sentences' term sets ({@link AnalyzedSentence#holdsAny}) mostly answer without a search.
 * The answer is unchanged: a rule that matches a sentence is always among the presearcher's candidates.
 */
final class PresearcherCandidates extends CandidateMatcher<QueryMatch> {

    static final MatcherFactory<QueryMatch> FACTORY = PresearcherCandidates::new;

    private PresearcherCandidates(IndexSearcher searcher) {
        super(searcher);
    }

    @Override
    protected void matchQuery(String queryId, Query matchQuery, Map<String, String> metadata) {
        addMatch(new QueryMatch(queryId), 0); // the Monitor's document is the only one: all sentences of the texts
    }

    @Override
    public QueryMatch resolve(QueryMatch first, QueryMatch second) {
        return first; // the parts of one decomposed rule: the rule is one candidate
    }
}
