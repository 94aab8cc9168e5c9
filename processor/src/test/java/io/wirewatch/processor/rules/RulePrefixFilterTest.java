package io.wirewatch.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.Rule;

/**
 * {@link RulePrefixFilter} gives exactly the tokens (term, position increment and length, offsets,
 * keyword flag, final increment) of the chain it replaced: Lucene's {@code EdgeNGramTokenFilter}
 * keeping originals, then a filter that drops the prefixes no rule wants.
 */
class RulePrefixFilterTest {

    private static final String[] WORDS = {"Nordkorea", "Nordkoreas", "nordkoreanische", "Raketen", "Rakete",
        "Kampfdrohnen", "Drohne", "Artilleriemunition", "Munition", "Kirby", "Straße", "Strasse", "missiles", "US",
        "a", "x", "Ölpreis", "𝐀𝐁𝐂𝐃", "Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichenhersteller",
        "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz", "2024", "F-16", "Kyiv's", "die", "der"};

    private static final List<Rule> RULES = List.of(Rule.of("1", "nordkorea* AND (rakete* OR munition*)"),
            Rule.of("2", "drohne* OR kampf*"), Rule.of("3", "ki* AND missile*"), Rule.of("4", "st*"),
            Rule.of("5", "donaudampfschifffahrtsgesellschaftskapitänsmützen*"), Rule.of("6", "ö*"),
            Rule.of("7", "us OR 20*"), Rule.of("8", "\"kirby raketen\"~3"));

    @Test
    void givesTheTokensOfEdgeNGramsThenADroppingFilter() throws IOException {
        RulePrefixes prefixes = new RulePrefixes();
        RuleQueries queries = new RuleQueries();
        RULES.forEach(rule -> prefixes.add(rule.id(), RuleTerms.of(queries.parse(rule))));
        NewsAnalyzer analyzer = NewsAnalyzer.forDocuments(prefixes);
        Random random = new Random(23);
        int tokens = 0;
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(5) == 0 ? ", " : " ");
            }
            List<String> expected = tokens(analyzer, text.toString(), words -> new FilteringTokenFilter(
                    new EdgeNGramTokenFilter(words, NewsAnalyzer.MIN_PREFIX, 40, true)) {
                private final RulePrefixes.Key probe = RulePrefixes.Key.probe();
                private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

                @Override
                protected boolean accept() {
                    return prefixes.wanted(term.buffer(), term.length(), probe);
                }
            });
            List<String> actual = tokens(analyzer, text.toString(),
                    words -> new RulePrefixFilter(words, prefixes, NewsAnalyzer.MIN_PREFIX, 40));
            assertThat(actual).as(text.toString()).isEqualTo(expected);
            tokens += expected.size();
        }
        assertThat(tokens).as("prefix tokens the reference chain kept").isGreaterThan(2_000);
    }

    private static List<String> tokens(NewsAnalyzer analyzer, String text, Function<TokenStream, TokenStream> prefixes)
            throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream stream = prefixes.apply(analyzer.tokenStream(NewsAnalyzer.FIELD, text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            KeywordAttribute keyword = stream.addAttribute(KeywordAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(term + " +" + increment.getPositionIncrement() + " len" + length.getPositionLength() + " "
                        + offset.startOffset() + "-" + offset.endOffset() + (keyword.isKeyword() ? " kw" : ""));
            }
            stream.end();
            out.add("end +" + increment.getPositionIncrement() + " " + offset.endOffset());
        }
        return out;
    }
}
