package io.wirewatch.processor.rules;

import io.wirewatch.events.Claim;
import io.wirewatch.events.Rule;
import io.wirewatch.processor.claims.SentenceSplitter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.apache.lucene.search.Query;

/**
 * Matches watch-list rules against text, one sentence at a time.
 *
 * <p>Rules are Lucene classic queries ({@code nordkorea* AND (rakete* OR munition*)},
 * {@code "ballistische raketen"~3}, {@code kirby NOT iran}), case-insensitive. Each sentence is
 * matched on its own so that a rule only fires where all its terms stand together: the words of a
 * rule spread over a whole article are no evidence that the article says what the rule asks for.
 *
 * <p>Thread-safe: rules may be put and removed while other threads match.
 */
public final class RuleMatcher implements AutoCloseable {

    /** The Monitor only answers which rules match; {@link RuleHighlighter} finds the spans afterwards. */
    private static final FieldType WITHOUT_OFFSETS = TextField.TYPE_NOT_STORED;

    private final RuleQueries queries = new RuleQueries();
    private final RuleHighlighter highlighter = new RuleHighlighter();
    /** The parsed query of each active rule, for highlighting; the Monitor keeps no parsed queries to hand out. */
    private final Map<String, Query> queriesById = new ConcurrentHashMap<>();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Monitor monitor;

    /**
     * @throws InvalidRuleException for the first rule whose query does not parse; no rule is kept
     */
    public RuleMatcher(Collection<Rule> rules) {
        this(rules, new TermFilteredPresearcher());
    }

    /**
     * With a chosen presearcher, the index that picks the candidate rules for a sentence before
     * they run ({@code RuleMatchingBenchmark} compares them).
     *
     * @throws InvalidRuleException for the first rule whose query does not parse; no rule is kept
     */
    public RuleMatcher(Collection<Rule> rules, Presearcher presearcher) {
        List<MonitorQuery> parsed = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            parsed.add(queries.toMonitorQuery(rule));
        }
        try {
            monitor = new Monitor(NewsAnalyzer.forDocuments(), presearcher);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the in-memory rule monitor", e);
        }
        try {
            if (!parsed.isEmpty()) {
                monitor.register(parsed);
            }
            parsed.forEach(query -> queriesById.put(query.getId(), query.getQuery()));
        } catch (IOException e) {
            closeQuietly(e);
            throw new UncheckedIOException("cannot register rules", e);
        } catch (RuntimeException e) {
            closeQuietly(e);
            throw e;
        }
    }

    /**
     * Adds a rule or replaces the rule with the same id.
     *
     * @throws InvalidRuleException when the query does not parse; the previous version stays active
     */
    public void put(Rule rule) {
        MonitorQuery query = queries.toMonitorQuery(rule);
        try {
            monitor.register(query);
            queriesById.put(query.getId(), query.getQuery());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register rule " + rule.id(), e);
        }
    }

    /** Removes a rule; unknown ids are ignored, as a tombstone may arrive for a rule never seen. */
    public void remove(String ruleId) {
        try {
            monitor.deleteById(ruleId);
            queriesById.remove(ruleId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove rule " + ruleId, e);
        }
    }

    /**
     * Matches every rule against each sentence of {@code text}.
     *
     * @param language "de", "en" or "und"; the analysis chain serves both languages, so it only
     *                 documents the caller's intent today
     * @return rule id → matched spans (offsets into {@code text}, sorted); empty when nothing matches
     */
    public Map<String, List<Claim.Span>> match(String text, String language) {
        if (text == null || text.isBlank()) {
            return Map.of();
        }
        List<int[]> sentences = splitter.split(text);
        if (sentences.isEmpty()) {
            return Map.of();
        }
        Document[] documents = new Document[sentences.size()];
        for (int i = 0; i < documents.length; i++) {
            int[] span = sentences.get(i);
            documents[i] = new Document();
            String sentence = text.substring(span[0], span[1]);
            documents[i].add(new Field(NewsAnalyzer.FIELD, sentence, WITHOUT_OFFSETS));
            documents[i].add(new Field(NewsAnalyzer.PREFIX_FIELD, sentence, WITHOUT_OFFSETS));
        }
        MultiMatchingQueries<QueryMatch> matches;
        try {
            matches = monitor.match(documents, QueryMatch.SIMPLE_MATCHER);
        } catch (IOException e) {
            throw new UncheckedIOException("rule matching failed", e);
        }
        Map<String, List<Claim.Span>> spansByRule = new TreeMap<>();
        for (int i = 0; i < documents.length; i++) {
            Collection<QueryMatch> hits = matches.getMatches(i);
            if (hits.isEmpty()) {
                continue;
            }
            int[] span = sentences.get(i);
            RuleHighlighter.Sentence sentence = highlighter.sentence(text.substring(span[0], span[1]), span[0]);
            for (QueryMatch match : hits) {
                Query query = queriesById.get(match.getQueryId());
                if (query != null) { // null: the rule was removed while this text was being matched
                    sentence.addSpans(query, spansByRule.computeIfAbsent(match.getQueryId(), id -> new ArrayList<>()));
                }
            }
        }
        Map<String, List<Claim.Span>> result = new LinkedHashMap<>();
        spansByRule.forEach((id, spans) -> result.put(id, distinctSorted(spans)));
        return result;
    }

    /** Number of active rules. */
    public int size() {
        try {
            return monitor.getQueryCount();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count rules", e);
        }
    }

    @Override
    public void close() {
        try {
            monitor.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the rule monitor", e);
        }
    }

    private static List<Claim.Span> distinctSorted(List<Claim.Span> spans) {
        return spans.stream()
                .distinct()
                .sorted(Comparator.comparingInt(Claim.Span::start).thenComparingInt(Claim.Span::end))
                .toList();
    }

    private void closeQuietly(Exception cause) {
        try {
            monitor.close();
        } catch (IOException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }
}
