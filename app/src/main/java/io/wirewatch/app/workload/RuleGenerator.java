package io.wirewatch.app.workload;

import static io.wirewatch.app.workload.Vocabulary.any;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.wirewatch.events.Rule;

/**
 * Watch-list rules in the shapes desks write: single terms, prefixes, AND/OR/NOT, phrases and
 * proximity, German and English. The first term of a rule is a rare generated name (a place, a
 * company, a person) nine times in ten, further terms two times in five, common news words
 * otherwise: most rules watch a specific thing in its context, and a few use common words only
 * and fire on many articles.
 */
public final class RuleGenerator {

    private final Random random;

    public RuleGenerator(long seed) {
        this.random = new Random(seed);
    }

    public List<Rule> generate(int count) {
        List<Rule> rules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            rules.add(new Rule(1, "rule-" + i, query()));
        }
        return rules;
    }

    private String query() {
        String a = random.nextInt(10) < 9 ? Vocabulary.rareName(random).toLowerCase(Locale.ROOT) : term();
        String b = term();
        String c = term();
        return switch (random.nextInt(8)) {
            case 0 -> a;
            case 1 -> prefix(a);
            case 2 -> a + " AND " + b;
            case 3 -> a + " AND (" + prefix(b) + " OR " + c + ")";
            case 4 -> "(" + a + " OR " + b + ") AND NOT " + c;
            case 5 -> "\"" + a + " " + b + "\"";
            case 6 -> "\"" + a + " " + b + "\"~5";
            default -> prefix(a) + " AND " + b + " AND NOT " + prefix(c);
        };
    }

    /** A rare name two times in five, otherwise a common news word. */
    private String term() {
        if (random.nextInt(5) < 2) {
            return Vocabulary.rareName(random).toLowerCase(Locale.ROOT);
        }
        List<String> pool = switch (random.nextInt(4)) {
            case 0 -> Vocabulary.GERMAN_NOUNS;
            case 1 -> Vocabulary.ENGLISH_NOUNS;
            case 2 -> Vocabulary.PLACES;
            default -> Vocabulary.PEOPLE;
        };
        String word = any(pool, random).toLowerCase(Locale.ROOT);
        return word.contains(" ") ? word.substring(0, word.indexOf(' ')) : word;
    }

    /** {@code munition*}: a stem of at least four letters. */
    private String prefix(String word) {
        int cut = Math.max(4, word.length() - 1 - random.nextInt(3));
        return (cut >= word.length() ? word : word.substring(0, cut)) + "*";
    }
}
