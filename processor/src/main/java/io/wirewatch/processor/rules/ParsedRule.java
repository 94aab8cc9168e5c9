package io.wirewatch.processor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.lucene.index.MultiReader;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * An active rule as the matcher uses it.
 *
 * @param id        the rule's id
 * @param source    the query as the user wrote it
 * @param query     the parsed query, which decides per sentence
 * @param terms     what the query reads
 * @param rewritten the query rewritten once, when its rewrite does not depend on the sentence
 *                  ({@link RuleTerms#termsOnly()}); null otherwise. Rewriting per sentence and rule
 *                  was a fifth of the matching time.
 */
record ParsedRule(String id, String source, Query query, RuleTerms terms, Query rewritten) {

    static ParsedRule of(String id, String source, Query query) {
        RuleTerms terms = RuleTerms.of(query);
        if (!terms.termsOnly()) {
            return new ParsedRule(id, source, query, terms, null);
        }
        try (MultiReader noDocuments = new MultiReader()) {
            return new ParsedRule(id, source, query, terms, new IndexSearcher(noDocuments).rewrite(query));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite rule " + id, e);
        }
    }

    /** The form the Monitor holds: without exclusions ({@link RelaxedQuery}). */
    MonitorQuery relaxed() {
        return new MonitorQuery(id, RelaxedQuery.of(query), source, Map.of());
    }
}
