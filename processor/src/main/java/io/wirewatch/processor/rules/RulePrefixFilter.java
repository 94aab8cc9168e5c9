package io.wirewatch.processor.rules;

import org.apache.lucene.analysis.FilteringTokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Keeps only the prefix terms some rule asks for; see {@link RulePrefixes} for why. */
final class RulePrefixFilter extends FilteringTokenFilter {

    private final RulePrefixes prefixes;
    private final RulePrefixes.Key probe = RulePrefixes.Key.probe();
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    RulePrefixFilter(TokenStream input, RulePrefixes prefixes) {
        super(input);
        this.prefixes = prefixes;
    }

    @Override
    protected boolean accept() {
        return prefixes.wanted(term.buffer(), term.length(), probe);
    }
}
