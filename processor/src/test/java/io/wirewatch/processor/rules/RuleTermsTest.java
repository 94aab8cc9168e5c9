package io.wirewatch.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.Rule;

class RuleTermsTest {

    private final RuleQueries queries = new RuleQueries();

    private Query parse(String query) {
        return queries.parse(Rule.of("r", query));
    }

    private static Term text(String word) {
        return new Term(NewsAnalyzer.FIELD, word);
    }

    @Test
    void excludedTermsAreReadButDoNotCountAsEvidence() {
        RuleTerms terms = RuleTerms.of(parse("(kirby OR sullivan) AND NOT (iran OR teheran)"));
        assertThat(terms.positive()).containsExactlyInAnyOrder(text("kirby"), text("sullivan"));
        assertThat(terms.all()).contains(text("kirby"), text("sullivan"), text("iran"), text("teheran"));
        assertThat(terms.termsOnly()).isTrue();
    }

    @Test
    void longPrefixesAreTermsOfThePrefixFieldShortOnesArePatterns() {
        RuleTerms longPrefix = RuleTerms.of(parse("drohne* AND iran"));
        assertThat(longPrefix.positive()).contains(new Term(NewsAnalyzer.PREFIX_FIELD, "drohne"));
        assertThat(longPrefix.termsOnly()).isTrue();

        RuleTerms shortPrefix = RuleTerms.of(parse("k* AND iran"));
        assertThat(shortPrefix.termsOnly()).isFalse();
        assertThat(shortPrefix.patternOnPrefixField()).isFalse();
        assertThat(RuleTerms.of(parse("prefix:nordk*")).patternOnPrefixField()).isTrue();
    }

    @Test
    void theRelaxedRuleKeepsEverythingButItsExclusions() {
        Query relaxed = RelaxedQuery.of(parse("(kirby OR sullivan) AND NOT iran AND (drohne* OR \"schwere waffen\" -panzer)"));
        assertThat(prohibitedClauses(relaxed)).isZero();
        assertThat(RuleTerms.of(relaxed).all()).doesNotContain(text("iran"), text("panzer"))
                .contains(text("kirby"), text("sullivan"), new Term(NewsAnalyzer.PREFIX_FIELD, "drohne"));
        assertThat(RelaxedQuery.of(parse("NOT iran"))).isInstanceOf(MatchNoDocsQuery.class);
    }

    private static int prohibitedClauses(Query query) {
        int[] count = {0};
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                if (occur == BooleanClause.Occur.MUST_NOT) {
                    count[0]++;
                }
                return this;
            }
        });
        return count[0];
    }
}
