package io.wirewatch.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Zyte article-extraction benchmark's measure (its evaluate.py): texts become multisets of
 * 4-token shingles, tokens being Unicode {@code \w+} runs; a page's TP/FP/FN are the multiset
 * overlap and differences.
 */
public final class ShingleMetric {

    /** Python's {@code re.UNICODE} \w: letters, digits and underscore of any script. */
    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int SHINGLE_SIZE = 4;

    private ShingleMetric() {
    }

    public static ShingleScore score(String expected, String extracted) {
        Map<String, Integer> want = shingles(expected);
        Map<String, Integer> got = shingles(extracted);
        Set<String> keys = new HashSet<>(want.keySet());
        keys.addAll(got.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (String key : keys) {
            int wanted = want.getOrDefault(key, 0);
            int found = got.getOrDefault(key, 0);
            tp += Math.min(wanted, found);
            fp += Math.max(0, found - wanted);
            fn += Math.max(0, wanted - found);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new ShingleScore(0, 0, 0) : new ShingleScore(tp / sum, fp / sum, fn / sum);
    }

    /** Shingle counts; a text shorter than a shingle is one shingle of all its tokens (as in the benchmark). */
    static Map<String, Integer> shingles(String text) {
        List<String> tokens = tokens(text);
        Map<String, Integer> counts = new HashMap<>();
        int last = Math.max(1, tokens.size() - SHINGLE_SIZE + 1);
        for (int i = 0; i < last; i++) {
            List<String> window = tokens.subList(Math.min(i, tokens.size()), Math.min(i + SHINGLE_SIZE, tokens.size()));
            if (!window.isEmpty()) {
                counts.merge(String.join(" ", window), 1, Integer::sum);
            }
        }
        return counts;
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
