package io.wirewatch.processor.story;

import java.util.LinkedHashSet;
import java.util.Set;

import io.wirewatch.processor.copies.TextNormaliser;

/**
 * The content words of a report as {@code w:} evidence keys: normalised words of at least
 * {@value #MIN_LETTERS} letters that are not function words, with a plural or case ending stripped
 * ("ballistischen", "ballistische" → {@code w:ballistisch}). Which of them matter for an event is learnt
 * from the stream (a word in many stories weighs little, see {@link EventSimilarity}); this class only
 * keeps out what carries no content in any story. Pure, no state.
 */
public final class EventWords {

    static final int MIN_LETTERS = 4;
    private static final String[] ENDINGS = {"ern", "en", "er", "es", "em", "e", "n", "s"};
    /** Frequent German and English words of four letters or more that name nothing. */
    static final Set<String> STOP_WORDS = Set.copyOf(java.util.Arrays.asList((
            "aber alle allem allen aller alles also andere anderen auch bereits bisher dabei damit dann darauf darum dass "
            + "davon dazu denen denn deren dessen dies diese diesem diesen dieser dieses doch dort durch eine einem einen "
            + "einer eines einige etwa etwas fuer gegen gibt habe haben hatte hatten hier hinter immer jedoch jetzt kann "
            + "kein keine koennen konnte mehr mehrere muss nach neben nicht noch oder ohne schon sehr sein seine seinen "
            + "seiner sich sind soll sollen sollte sowie ueber unter viel wann waren warum weil weiter weitere welche wenn "
            + "werden wieder will wird wurde wurden zwei drei vier fuenf zwischen ihre ihren ihrer ihnen sagte sagt sagten "
            + "heute gestern morgen montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar maerz april "
            + "juni juli august september oktober november dezember jahr jahre jahren prozent laut wegen worden waere "
            + "wuerde wuerden koennte haette haetten gegenueber sowohl selbst ersten erste neue neuen neuer grossen grosse "
            + "menschen teil zeit zudem allerdings demnach dafuer für über können fünf märz wäre würde würden könnte "
            + "hätte hätten gegenüber großen große dafür this that with from have were been their will would about which "
            + "there they said also more than after into other when what your").split(" ")));

    /** The {@code w:} keys of a title and text, distinct, in order of appearance. */
    public Set<String> keys(String title, String text) {
        return keys(TextNormaliser.lines(title + "\n" + text));
    }

    /** The {@code w:} keys of lines already normalised ({@link TextNormaliser}), distinct, in order of appearance. */
    public Set<String> keys(java.util.List<String> normalisedLines) {
        Set<String> keys = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        for (String line : normalisedLines) {
            for (String word : line.split(" ")) {
                // each distinct word once: a report repeats its subject many times
                if (word.length() >= MIN_LETTERS && seen.add(word) && !STOP_WORDS.contains(word) && !allDigits(word)) {
                    keys.add("w:" + stem(word));
                }
            }
        }
        return keys;
    }

    /** The word without its first matching ending, when at least {@value #MIN_LETTERS} letters remain. */
    static String stem(String word) {
        for (String ending : ENDINGS) {
            if (word.endsWith(ending) && word.length() - ending.length() >= MIN_LETTERS) {
                return word.substring(0, word.length() - ending.length());
            }
        }
        return word;
    }

    private static boolean allDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
