package io.wirewatch.processor.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase cut into words and the punctuation that matters for attribution (comma, colon,
 * parentheses). Sentence-final punctuation is dropped. Immutable.
 */
final class Tokens {

    private static final Pattern TOKEN = Pattern.compile("⟪Q⟫|[,:;()]|[^\\s,:;()]+");

    private final List<String> words;

    private Tokens(List<String> words) {
        this.words = words;
    }

    static Tokens of(String phrase) {
        String trimmed = phrase.strip().replaceAll("[.!?…]+$", "").strip();
        List<String> words = new ArrayList<>();
        Matcher m = TOKEN.matcher(trimmed);
        while (m.find()) {
            words.add(m.group());
        }
        return new Tokens(words);
    }

    int size() {
        return words.size();
    }

    String get(int i) {
        return words.get(i);
    }

    boolean isComma(int i) {
        return i < words.size() && words.get(i).equals(",");
    }

    /** Words from {@code from} (inclusive) to {@code to} (exclusive), joined by spaces. */
    String join(int from, int to) {
        return String.join(" ", words.subList(from, to));
    }

    Tokens slice(int from, int to) {
        return new Tokens(words.subList(from, to));
    }

    /** Number of real words, not punctuation. */
    int wordCount() {
        return (int) words.stream().filter(w -> Character.isLetterOrDigit(w.charAt(0)) || w.equals(MaskedSentence.QUOTE)).count();
    }

    static boolean isCapitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    static boolean isLowerCase(String word) {
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0));
    }
}
