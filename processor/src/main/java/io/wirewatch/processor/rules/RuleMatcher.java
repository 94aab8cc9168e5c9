package io.wirewatch.processor.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermFilteredPresearcher;

import io.wirewatch.events.Claim;
import io.wirewatch.events.Rule;
import io.wirewatch.processor.claims.SentenceSplitter;

/**
 * Matches watch-list rules against text, one sentence at a time.
 *
 * <p>Rules are Lucene classic queries ({@code nordkorea* AND (rakete* OR munition*)},
 * {@code "ballistische raketen"~3}, {@code kirby NOT iran}), case-insensitive. Each sentence is
 * matched on its own so that a rule only fires where all its terms stand together: the words of a
 * rule spread over a whole article are no evidence that the article says what the rule asks for.
 *
 * <p>How, in two steps: the Monitor holds each rule without its exclusions ({@link RelaxedQuery}) and
 * picks the candidate rules for all sentences at once, as one document; the real rule then decides
 * for each sentence, on a small in-memory index of that sentence that also yields the highlights
 * ({@link RuleHighlighter}). Giving the Monitor one document per sentence cost either one call per
 * sentence or, for a batch, a full index per call; most of that time went into finding no candidates.
 *
 * <p>Thread-safe: several threads may match at once (the processor's stream threads share one
 * matcher), and rules may be put and removed while other threads match. Lucene's {@code Monitor.match}
 * keeps its per-call state to itself and only reads the shared rule index, so matches run in parallel;
 * but an update refreshes that index and, in lucene-monitor 9.11.1, rewrites a plain {@code HashMap}
 * of per-index term filters that every match reads ({@code QueryIndex.termFilters}). So updates take
 * {@link #updates}' write lock and matches its read lock.
 */
public final class RuleMatcher implements AutoCloseable {

    /** The Monitor only answers which rules are candidates; {@link RuleHighlighter} decides and finds the spans. */
    private static final FieldType WITHOUT_OFFSETS = TextField.TYPE_NOT_STORED;

    /** Parses only; the analyzer is thread-safe and every parse gets its own parser. */
    private static final RuleQueries QUERY_CHECKS = new RuleQueries();

    private final RuleQueries queries = new RuleQueries();
    private final RulePrefixes prefixes = new RulePrefixes();
    private final NewsAnalyzer analyzer = NewsAnalyzer.forDocuments(prefixes);
    private final RuleHighlighter highlighter = new RuleHighlighter();
    /**
     * The parsed query of each active rule, which decides per sentence and highlights; the Monitor
     * holds only the relaxed form ({@link RelaxedQuery}) and keeps no parsed queries to hand out.
     */
    private final Map<String, ParsedRule> rulesById = new ConcurrentHashMap<>();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Monitor monitor;
    /** Matches share it, a rule update has it alone: see the class comment. */
    private final ReadWriteLock updates = new ReentrantReadWriteLock();

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
        List<ParsedRule> parsed = new ArrayList<>(rules.size());
        for (Rule rule : rules) {
            parsed.add(ParsedRule.of(rule.id(), rule.query(), queries.parse(rule)));
        }
        try {
            monitor = new Monitor(analyzer, presearcher, oneCommitPerRegistration());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the in-memory rule monitor", e);
        }
        try {
            parsed.forEach(rule -> {
                rulesById.put(rule.id(), rule);
                prefixes.add(rule.id(), rule.terms());
            });
            if (!parsed.isEmpty()) {
                monitor.register(parsed.stream().map(ParsedRule::relaxed).toList());
            }
        } catch (IOException e) {
            closeQuietly(e);
            throw new UncheckedIOException("cannot register rules", e);
        } catch (RuntimeException e) {
            closeQuietly(e);
            throw e;
        }
    }

    /**
     * Parses a rule's query as matching does, without registering it: for checking a configuration
     * before anything starts.
     *
     * @throws InvalidRuleException with the rule id and the parser's message when the query does not parse
     */
    public static void checkQuery(Rule rule) {
        QUERY_CHECKS.parse(rule);
    }

    /**
     * The Monitor commits its rule index every 5,000 rules by default, which left ten thousand rules
     * in two index segments; every match looks each of the article's terms up in every segment, so
     * one commit per registration (one segment for the rules loaded at start) makes matching cheaper.
     */
    private static MonitorConfiguration oneCommitPerRegistration() {
        return new MonitorConfiguration().setQueryUpdateBufferSize(Integer.MAX_VALUE);
    }

    /**
     * Adds a rule or replaces the rule with the same id.
     *
     * @throws InvalidRuleException when the query does not parse; the previous version stays active
     */
    public void put(Rule rule) {
        List<InvalidRuleException> invalid = putAll(List.of(rule));
        if (!invalid.isEmpty()) {
            throw invalid.get(0);
        }
    }

    /**
     * Adds or replaces several rules in one registration: the Monitor commits its rule index once per
     * call, and one call per rule made loading ten thousand rules take most of a minute.
     *
     * @return the rules whose query does not parse, with the reason; they are skipped, and an earlier
     *         version of such a rule stays active
     */
    public List<InvalidRuleException> putAll(Collection<Rule> rules) {
        List<ParsedRule> parsed = new ArrayList<>(rules.size());
        List<InvalidRuleException> invalid = new ArrayList<>();
        for (Rule rule : rules) {
            try {
                parsed.add(ParsedRule.of(rule.id(), rule.query(), queries.parse(rule)));
            } catch (InvalidRuleException e) {
                invalid.add(e);
            }
        }
        if (parsed.isEmpty()) {
            return invalid;
        }
        try {
            // The real queries first: a match running meanwhile checks the old rules' candidates with
            // them, which at worst flags by a new version one sentence early.
            parsed.forEach(rule -> {
                rulesById.put(rule.id(), rule);
                prefixes.add(rule.id(), rule.terms());
            });
            updates.writeLock().lock();
            try {
                monitor.register(parsed.stream().map(ParsedRule::relaxed).toList());
            } finally {
                updates.writeLock().unlock();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot register " + parsed.size() + " rules", e);
        }
        return invalid;
    }

    /** Removes a rule; unknown ids are ignored, as a tombstone may arrive for a rule never seen. */
    public void remove(String ruleId) {
        updates.writeLock().lock();
        try {
            monitor.deleteById(ruleId);
            rulesById.remove(ruleId);
            prefixes.remove(ruleId);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove rule " + ruleId, e);
        } finally {
            updates.writeLock().unlock();
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
        return matchEach(List.of(text == null ? "" : text), language).get(0);
    }

    /**
     * Matches every rule against each sentence of each text, in one pass over the rules: the claim
     * sentences of one article are matched together, which costs about as much as matching one.
     * A rule still only fires where all its terms stand in one sentence.
     *
     * @return per text, in the order given, what {@link #match} would return for it
     */
    public List<Map<String, List<Claim.Span>>> matchEach(List<String> texts, String language) {
        if (rulesById.isEmpty()) { // no watch list: spare the analysis of every sentence
            return texts.stream().map(text -> Map.<String, List<Claim.Span>>of()).toList();
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text != null && !text.isBlank()) {
                for (int[] span : splitter.split(text)) {
                    sentences.add(new Sentence(i, text.substring(span[0], span[1]), span[0]));
                }
            }
        }
        List<Map<String, List<Claim.Span>>> spansByRule = new ArrayList<>(texts.size());
        texts.forEach(text -> spansByRule.add(new TreeMap<>()));
        List<ParsedRule> candidates = new ArrayList<>();
        for (String ruleId : candidates(sentences)) {
            ParsedRule rule = rulesById.get(ruleId);
            if (rule != null) { // null: the rule was removed while these texts were being matched
                candidates.add(rule);
            }
        }
        for (Sentence sentence : sentences) {
            sentence.check(candidates, spansByRule.get(sentence.textIndex()));
        }
        List<Map<String, List<Claim.Span>>> result = new ArrayList<>(texts.size());
        for (Map<String, List<Claim.Span>> ofText : spansByRule) {
            Map<String, List<Claim.Span>> sorted = new LinkedHashMap<>();
            ofText.forEach((id, spans) -> sorted.put(id, distinctSorted(spans)));
            result.add(sorted);
        }
        return result;
    }

    /**
     * The rules whose relaxed form matches all sentences as one document, each sentence a value of its
     * own (the analyzer's position gap keeps phrases from running across sentences). One document is
     * also what keeps the Monitor on its fast path: it indexes one document in memory, a batch of
     * several in a full index.
     */
    private List<String> candidates(List<Sentence> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        Document document = new Document();
        for (Sentence sentence : sentences) {
            document.add(new Field(NewsAnalyzer.FIELD, sentence.analyzed().words(), WITHOUT_OFFSETS));
            document.add(new Field(NewsAnalyzer.PREFIX_FIELD, sentence.analyzed().prefixes(), WITHOUT_OFFSETS));
        }
        updates.readLock().lock();
        try {
            MatchingQueries<QueryMatch> matches = monitor.match(document, PresearcherCandidates.FACTORY);
            return matches.getMatches().stream().map(QueryMatch::getQueryId).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("rule matching failed", e);
        } finally {
            updates.readLock().unlock();
        }
    }

    /** Number of active rules. */
    public int size() {
        updates.readLock().lock();
        try {
            return monitor.getQueryCount();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot count rules", e);
        } finally {
            updates.readLock().unlock();
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

    /** One sentence of the {@code textIndex}-th text, indexed for checking and highlighting only when a rule asks. */
    private final class Sentence {

        private final int textIndex;
        private final AnalyzedSentence analyzed;
        private final int offset;

        Sentence(int textIndex, String text, int offset) {
            this.textIndex = textIndex;
            this.analyzed = new AnalyzedSentence(analyzer, text);
            this.offset = offset;
        }

        int textIndex() {
            return textIndex;
        }

        AnalyzedSentence analyzed() {
            return analyzed;
        }

        /**
         * Adds each of {@code rules} that really matches this sentence, with its spans. The sentence
         * gets its own index only when a rule passes the cheap term check, and gives it back when
         * all rules are checked: one sentence at a time, so that one index per thread serves them all.
         */
        void check(List<ParsedRule> rules, Map<String, List<Claim.Span>> spansByRule) {
            RuleHighlighter.Sentence highlighted = null;
            try {
                for (ParsedRule rule : rules) {
                    if (rule.terms().termsOnly() && !analyzed.holdsAny(rule.terms().positive())) {
                        continue; // the cheap answer for most sentences, before a sentence gets its own index
                    }
                    if (highlighted == null) {
                        highlighted = highlighter.sentence(analyzed, offset);
                    }
                    List<Claim.Span> spans = new ArrayList<>();
                    if (highlighted.addSpans(rule, spans)) {
                        spansByRule.computeIfAbsent(rule.id(), id -> new ArrayList<>()).addAll(spans);
                    }
                }
            } finally {
                if (highlighted != null) {
                    highlighted.close();
                }
            }
        }
    }

    private void closeQuietly(Exception cause) {
        try {
            monitor.close();
        } catch (IOException suppressed) {
            cause.addSuppressed(suppressed);
        }
    }
}
