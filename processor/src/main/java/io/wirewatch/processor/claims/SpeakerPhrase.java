package io.wirewatch.processor.claims;

import static io.wirewatch.processor.claims.CueLexicon.ADVERBS;
import static io.wirewatch.processor.claims.CueLexicon.ARTICLES;
import static io.wirewatch.processor.claims.CueLexicon.AUXILIARIES;
import static io.wirewatch.processor.claims.CueLexicon.CONJUNCTIONS;
import static io.wirewatch.processor.claims.CueLexicon.CONNECTORS;
import static io.wirewatch.processor.claims.CueLexicon.PREPOSITIONS;
import static io.wirewatch.processor.claims.CueLexicon.PRONOUNS;
import static io.wirewatch.processor.claims.CueLexicon.SUBORDINATORS;
import static io.wirewatch.processor.claims.CueLexicon.TIME_NOUNS;
import static io.wirewatch.processor.claims.CueLexicon.TITLES;
import static io.wirewatch.processor.claims.CueLexicon.in;
import static io.wirewatch.processor.claims.Tokens.isCapitalised;
import static io.wirewatch.processor.claims.Tokens.isLowerCase;

/**
 * Finds the speaker phrase next to a cue: a name ("John Kirby"), a role ("der Sprecher des Weißen
 * Hauses", "a senior administration official"), a group ("US-Beamte") or a pronoun.
 *
 * <p>Two positions matter. After the cue ("…", sagte am Dienstag der Sprecher, John Kirby) the
 * parser steps over adverbials of time and place and prefers a name in apposition to a role.
 * Before the cue ("Kirby sagte", "Der Kommunikationsdirektor, John Kirby, sagte", "Die USA haben
 * Nordkorea vorgeworfen") it takes the clause's subject, and gives up when the clause starts with
 * an adverbial, because then German puts the subject after the verb.
 */
final class SpeakerPhrase {

    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_ROLE_WORDS = 9;
    private static final int MAX_SUBJECT_WORDS = 8;

    /** German noun suffixes: a capitalised word ending like this is a head noun, not an adjective. */
    private static final java.util.regex.Pattern NOUN_ENDING =
            java.util.regex.Pattern.compile("(?:ung|ion|heit|keit|schaft|tät|ium|nis|ei|tum|ling)$");

    /** The result of parsing after a cue: the speaker (may be null) and whether only adverbials are left. */
    record After(String speaker, boolean clean) {
    }

    private SpeakerPhrase() {
    }

    /**
     * Parses the words after a cue. {@code clean} is true when nothing but the speaker, adverbials
     * and an appositive (", Sprecher des …") follows: otherwise the cue word was not used as a
     * speech verb ("sagte seine Reise ab").
     */
    static After after(String phrase) {
        Tokens t = Tokens.of(phrase);
        int i = skipAdverbials(t, 0);
        if (i >= t.size()) {
            return new After(null, true);
        }
        int[] np = nounPhrase(t, i);
        if (np == null) {
            return new After(null, false);
        }
        String speaker = t.join(np[0], np[1]);
        int j = skipAdverbials(t, np[1]);
        if (t.isComma(j)) {
            int end = nameEnd(t, j + 1);
            if (end > j + 1 && (end == t.size() || t.isComma(end)) && !isName(t.slice(np[0], np[1]))) {
                speaker = t.join(j + 1, end); // "der Sprecher …, John Kirby"
            }
            return new After(speaker, true);
        }
        return new After(speaker, j >= t.size());
    }

    /** The subject of the clause that ends right before a cue, or null when it is not in front. */
    static String before(String phrase) {
        Tokens t = Tokens.of(phrase);
        int end = t.size();
        boolean trailingComma = false;
        while (end > 0 && t.isComma(end - 1)) {
            end--;
            trailingComma = true;
        }
        if (end == 0) {
            return null;
        }
        int lastComma = lastComma(t, end);
        if (trailingComma && !isName(t.slice(lastComma + 1, end)) && !isRoleThenName(t, lastComma, end)) {
            return null; // "Diese hätten …, ergänzte Kirby": the cue follows a clause, the speaker follows the cue
        }
        if (lastComma >= 0) {
            Tokens last = t.slice(lastComma + 1, end);
            if (isName(last)) {
                return last.join(0, last.size()); // "Der Kommunikationsdirektor, John Kirby, sagte"
            }
            int previousComma = lastComma(t, lastComma);
            Tokens previous = t.slice(previousComma + 1, lastComma);
            if (isName(previous) && previousComma < 0) {
                return previous.join(0, previous.size()); // "John Kirby, Sprecher des …, sagte"
            }
        }
        return subject(t.slice(lastComma + 1, end));
    }

    /** A source phrase starting at the beginning of {@code phrase} ("laut <John Kirby, dem …>"). */
    static String source(String phrase) {
        Tokens t = Tokens.of(phrase);
        if (t.size() == 0) {
            return null;
        }
        int[] np = nounPhrase(t, 0);
        return np == null ? null : t.join(np[0], np[1]);
    }

    /** The phrase that ends right before a postposition ("<den USA> zufolge"). */
    static String sourceBefore(String phrase) {
        Tokens t = Tokens.of(phrase);
        int start = t.size();
        while (start > 0 && start > t.size() - MAX_ROLE_WORDS) {
            String w = t.get(start - 1);
            if (isCapitalised(w) || in(CONNECTORS, w) || in(ARTICLES, w)) {
                start--;
            } else if (start >= 2 && isAdjective(w) && in(ARTICLES, t.get(start - 2))) {
                start--; // "dem südkoreanischen Geheimdienst zufolge"
            } else {
                break;
            }
        }
        while (start < t.size() && (in(CONNECTORS, t.get(start)) || in(ARTICLES, t.get(start))
                || in(PREPOSITIONS, t.get(start)) || in(ADVERBS, t.get(start)))) {
            start++;
        }
        return start < t.size() ? t.join(start, t.size()) : null;
    }

    /** A lower-case word with a German adjective ending. */
    private static boolean isAdjective(String w) {
        return isLowerCase(w) && w.matches("\\p{L}+(?:en|er|em|es|e)");
    }

        private static String subject(Tokens seg) {
        int from = 0;
        while (from < seg.size() && in(CONJUNCTIONS, seg.get(from))) {
            from++;
        }
        if (from >= seg.size()) {
            return null;
        }
        int aux = -1;
        for (int i = from; i < seg.size(); i++) {
            if (in(AUXILIARIES, seg.get(i))) {
                aux = i;
                break;
            }
        }
        if (aux >= 0) {
            if (aux > from && isSubject(seg.slice(from, aux))) {
                return seg.join(from, aux);
            }
            int[] np = nounPhrase(seg, skipAdverbials(seg, aux + 1));
            return np == null ? null : seg.join(np[0], np[1]);
        }
        Tokens rest = seg.slice(from, seg.size());
        return isSubject(rest) ? rest.join(0, rest.size()) : null;
    }

    private static boolean isSubject(Tokens t) {
        if (t.size() == 0 || t.size() > MAX_SUBJECT_WORDS) {
            return false;
        }
        String first = t.get(0);
        String last = t.get(t.size() - 1);
        if (in(PREPOSITIONS, first) || in(ADVERBS, first) || in(SUBORDINATORS, first) || in(ARTICLES, last)
                || first.equals(MaskedSentence.QUOTE) || !Character.isLetter(first.charAt(0))) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            if (!Character.isLetterOrDigit(t.get(i).charAt(0))) {
                return false; // a quote or bracket inside: not a plain noun phrase
            }
        }
        return true;
    }

    /** [start, end) of the noun phrase starting at {@code i}, or null. */
    static int[] nounPhrase(Tokens t, int i) {
        if (i >= t.size()) {
            return null;
        }
        String w = t.get(i);
        if (in(PRONOUNS, w)) {
            return new int[] {i, i + 1};
        }
        int start = i;
        while (start < t.size() && TITLES.contains(t.get(start))) {
            start++;
        }
        if (start > i) {
            int end = nameEnd(t, start);
            return end > start ? new int[] {i, end} : null;
        }
        if (in(ARTICLES, w)) {
            int end = roleEnd(t, i + 1);
            return end > i + 1 ? new int[] {i, end} : null;
        }
        if (isCapitalised(w)) {
            int end = nameEnd(t, i);
            // "den" and "dem" after a noun start an object ("von Analysten den Kriegsverlauf"), not a genitive
            if (end == i + 1 && end < t.size() && in(CONNECTORS, t.get(end)) && !t.get(end).matches("und|den|dem")) {
                end = roleEnd(t, end); // a single role noun: "Sprecher des Nationalen Sicherheitsrats"
            }
            return end > i ? new int[] {i, end} : null;
        }
        return null;
    }

    private static int nameEnd(Tokens t, int i) {
        int end = i;
        while (end < t.size() && end - i < MAX_NAME_WORDS && isNameWord(t.get(end))) {
            if (end > i && NOUN_ENDING.matcher(t.get(end - 1)).find()) {
                break; // "US-Regierung Raketen" is a noun and an object, not a name
            }
            end++;
        }
        return end;
    }

    /**
     * End of a role phrase: adjectives, then a noun, then optionally a genitive or "für"/"of" phrase
     * and so on. After a noun only a connector may follow (not "der Zeitung keinen Hinweis"), and a
     * second capitalised word only after an adjective-like one ("Weißen Hauses", not "US-Regierung
     * Raketen").
     */
    private static int roleEnd(Tokens t, int i) {
        int end = i;
        String noun = null;
        while (end < t.size() && end - i < MAX_ROLE_WORDS) {
            String w = t.get(end);
            if (in(CONNECTORS, w) && !w.equals("im") && !w.equals("und")) {
                noun = null;
            } else if (isNameWord(w)) {
                if (noun != null && NOUN_ENDING.matcher(noun).find()) {
                    break;
                }
                noun = w;
            } else if (noun == null && isLowerCase(w) && Character.isLetter(w.charAt(0)) && !stopsRole(w)) {
                // an adjective before the noun: "der pro-russische Ex-Präsident", "a senior official"
            } else {
                break;
            }
            end++;
        }
        while (end > i && in(CONNECTORS, t.get(end - 1))) {
            end--;
        }
        return end;
    }

    private static boolean stopsRole(String w) {
        return in(PREPOSITIONS, w) || in(ADVERBS, w) || in(SUBORDINATORS, w) || in(AUXILIARIES, w)
                || w.matches("(?i)said|says|told|who|which|sagte|so|erklärte|would|will|could|should|can|may|might|must");
    }

    private static boolean isNameWord(String w) {
        return isCapitalised(w) && Character.isLetter(w.charAt(0)) && !in(TIME_NOUNS, w) && !in(PREPOSITIONS, w)
                && !in(ARTICLES, w) && !in(ADVERBS, w) && !in(SUBORDINATORS, w);
    }

    /** One to four capitalised words and nothing else. */
    static boolean isName(Tokens t) {
        if (t.size() == 0 || t.size() > MAX_NAME_WORDS) {
            return false;
        }
        for (int i = 0; i < t.size(); i++) {
            if (!isNameWord(t.get(i)) || TITLES.contains(t.get(i)) && i > 0) {
                return false;
            }
        }
        return true;
    }

    /** Steps over "(Ortszeit)", "am Dienstag", "im Weißen Haus", "on Thursday", "in a statement", "weiter". */
    static int skipAdverbials(Tokens t, int i) {
        while (i < t.size()) {
            String w = t.get(i);
            if (w.equals("(")) {
                while (i < t.size() && !t.get(i).equals(")")) {
                    i++;
                }
                i++;
            } else if (in(ADVERBS, w) || in(TIME_NOUNS, w)) {
                i++;
            } else if (in(PREPOSITIONS, w) && !TITLES.contains(w)) {
                int j = skipPrepositionalPhrase(t, i + 1);
                if (j == i + 1) {
                    return i;
                }
                i = j;
            } else {
                return i;
            }
        }
        return i;
    }

    private static int skipPrepositionalPhrase(Tokens t, int i) {
        if (i < t.size() && in(ARTICLES, t.get(i))) {
            i++;
        }
        int lower = 0;
        while (i < t.size() && lower < 3 && isLowerCase(t.get(i)) && Character.isLetter(t.get(i).charAt(0))
                && !in(ARTICLES, t.get(i)) && !in(PRONOUNS, t.get(i)) && !in(PREPOSITIONS, t.get(i))) {
            i++;
            lower++;
        }
        if (i < t.size() && in(TIME_NOUNS, t.get(i))) {
            return i + 1;
        }
        int caps = 0;
        while (i < t.size() && caps < 2 && isNameWord(t.get(i))) {
            i++;
            caps++;
        }
        if (caps > 0 && i + 1 < t.size() && (t.get(i).equals("des") || t.get(i).equals("der"))
                && isNameWord(t.get(i + 1))) {
            i += 2; // "am Rande des Gipfels"
        }
        return i;
    }

    /** "John Kirby, Sprecher des …," before the cue. */
    private static boolean isRoleThenName(Tokens t, int lastComma, int end) {
        if (lastComma < 0) {
            return false;
        }
        int previousComma = lastComma(t, lastComma);
        return previousComma < 0 && isName(t.slice(0, lastComma));
    }

    private static int lastComma(Tokens t, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (t.isComma(i)) {
                return i;
            }
        }
        return -1;
    }
}
