package io.wirewatch.processor.rules;

import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

import io.wirewatch.events.Rule;

/**
 * Turns a {@link Rule} into a Lucene {@link Query}, or names what is wrong with it. {@link #parse(String, String)}
 * is the one check of a rule's syntax, for whoever accepts rules (configuration, the rules topic).
 */
public final class RuleQueries {

    private static final RuleQueries SHARED = new RuleQueries();

    private final NewsAnalyzer analyzer = NewsAnalyzer.forQueries();

    RuleQueries() {
    }

    /**
     * Parses a rule's query exactly as matching does.
     *
     * @throws InvalidRuleException naming the rule id, the query and the Lucene parser's message
     *                              ({@link InvalidRuleException#reason()})
     */
    public static Query parse(String id, String query) {
        return SHARED.parse(Rule.of(id, query));
    }

    Query parse(Rule rule) {
        if (rule.query().isBlank()) {
            throw new InvalidRuleException(rule.id(), rule.query(), "query is empty", null);
        }
        // QueryParser keeps state while parsing, so each rule gets its own instance.
        QueryParser parser = new PrefixAsTermParser(analyzer);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(rule.query());
        } catch (ParseException | RuntimeException | TokenMgrError e) {
            // TokenMgrError is an Error, but it only means the lexer met characters it cannot read. Runtime
            // exceptions come from building the query: a /regular expression/ that does not parse
            // (IllegalArgumentException), too many clauses, an automaton too complex to determinise.
            throw new InvalidRuleException(rule.id(), rule.query(), firstLine(e.getMessage()), e);
        }
    }

    /** Turns {@code drohne*} into the term {@code prefix:drohne}; see {@link NewsAnalyzer#PREFIX_FIELD}. */
    private static final class PrefixAsTermParser extends QueryParser {

        PrefixAsTermParser(NewsAnalyzer analyzer) {
            super(NewsAnalyzer.FIELD, analyzer);
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            String prefix = getAnalyzer().normalize(field, termStr).utf8ToString();
            if (!NewsAnalyzer.FIELD.equals(field) || prefix.length() < NewsAnalyzer.MIN_PREFIX) {
                return super.getPrefixQuery(field, termStr);
            }
            return new TermQuery(new Term(NewsAnalyzer.PREFIX_FIELD, prefix));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unparseable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
