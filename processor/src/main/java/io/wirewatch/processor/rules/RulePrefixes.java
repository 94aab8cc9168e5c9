package io.wirewatch.processor.rules;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.index.Term;

/**
 * The prefix terms ({@link NewsAnalyzer#PREFIX_FIELD}) that the active rules ask for.
 *
 * <p>Why: a sentence's prefix field holds every leading part of every word, several times the terms
 * of the sentence itself, and indexing them and looking them up among the rules was most of the
 * matching time. A rule can only ask for the prefix terms it names, so the sentence needs no others;
 * dropping them changes no rule's answer. Only a rule that queries the prefix field in another way
 * (a user's own {@code prefix:ab*}, which is no term) needs them all, and then all are kept.
 *
 * <p>Thread-safe; a term stays while at least one rule names it.
 */
final class RulePrefixes {

    private final Map<Key, AtomicInteger> usesByTerm = new ConcurrentHashMap<>();
    private final Map<String, Set<Key>> termsByRule = new ConcurrentHashMap<>();
    private final Set<String> rulesNeedingAll = ConcurrentHashMap.newKeySet();

    /** Records the prefix terms of {@code ruleId}'s query, replacing those of its previous version. */
    synchronized void add(String ruleId, RuleTerms ruleTerms) {
        Set<Key> terms = new HashSet<>();
        for (Term term : ruleTerms.all()) {
            if (NewsAnalyzer.PREFIX_FIELD.equals(term.field())) {
                terms.add(Key.of(term.text()));
            }
        }
        Set<Key> old = termsByRule.put(ruleId, terms);
        terms.forEach(term -> usesByTerm.computeIfAbsent(term, t -> new AtomicInteger()).incrementAndGet());
        if (old != null) {
            release(old);
        }
        if (ruleTerms.patternOnPrefixField()) {
            rulesNeedingAll.add(ruleId);
        } else {
            rulesNeedingAll.remove(ruleId);
        }
    }

    synchronized void remove(String ruleId) {
        Set<Key> old = termsByRule.remove(ruleId);
        if (old != null) {
            release(old);
        }
        rulesNeedingAll.remove(ruleId);
    }

    /** Whether a sentence must keep the prefix term in {@code buffer[0..length)}. */
    boolean wanted(char[] buffer, int length, Key probe) {
        return !rulesNeedingAll.isEmpty() || usesByTerm.containsKey(probe.set(buffer, length));
    }

    private void release(Set<Key> terms) {
        for (Key term : terms) {
            usesByTerm.computeIfPresent(term, (t, uses) -> uses.decrementAndGet() == 0 ? null : uses);
        }
    }

    /**
     * A term as characters, so that a token filter can look a term up without making a String per
     * token: it reuses one mutable probe ({@link #set}), and only stored keys are immutable.
     */
    static final class Key {

        private char[] chars;
        private int length;
        private int hash;

        private Key(char[] chars, int length) {
            set(chars, length);
        }

        static Key of(String text) {
            return new Key(text.toCharArray(), text.length());
        }

        /** An empty probe for {@link #wanted}; never store it. */
        static Key probe() {
            return new Key(new char[0], 0);
        }

        Key set(char[] buffer, int newLength) {
            this.chars = buffer;
            this.length = newLength;
            int h = 0;
            for (int i = 0; i < newLength; i++) {
                h = 31 * h + buffer[i];
            }
            this.hash = h;
            return this;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.length == length
                    && Arrays.equals(chars, 0, length, key.chars, 0, key.length);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
