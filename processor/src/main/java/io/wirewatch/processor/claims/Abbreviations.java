package io.wirewatch.processor.claims;

import java.util.Locale;
import java.util.Set;

/**
 * Words whose trailing period does not end a sentence.
 *
 * <p>German news is full of them: titles ("Dr.", "Prof."), "Nr. 5", "z. B.", "u. a.", "bzw.",
 * units ("Mio.", "Mrd."), and ordinal numbers before months ("am 30. Dezember"). Single letters
 * ("John F. Kennedy", "z. B.") are handled by the splitter, not listed here.
 */
final class Abbreviations {

    /** Compared case-insensitively, without the period. */
    private static final Set<String> NEVER_FINAL = Set.of(
            // titles and forms of address
            "dr", "prof", "hr", "fr", "mr", "mrs", "ms", "st", "sen", "rep", "gov", "gen", "lt", "col",
            "sgt", "capt", "cmdr", "adm", "rev", "sr", "jr", "dipl", "ing", "mag",
            // German abbreviations inside sentences
            "nr", "vgl", "bzw", "ca", "sog", "evtl", "ggf", "inkl", "exkl", "zzgl", "abs", "art", "bd",
            "hrsg", "jh", "jhd", "mio", "mrd", "tsd", "mind", "max", "min", "insb", "bspw", "z.b", "u.a",
            "d.h", "u.u", "o.ä", "s.o", "s.u", "v.a", "z.t", "i.d.r", "zb", "ua", "dh", "usw", "etc",
            "str", "tel", "geb", "gest", "verh", "chr",
            // English
            "no", "nos", "vol", "vs", "approx", "dept", "est", "fig", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.g", "i.e", "inc",
            "ltd", "co", "corp");

    /** German month names: a number followed by a period before them is an ordinal date. */
    private static final Set<String> MONTHS = Set.of(
            "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
            "september", "oktober", "november", "dezember", "jan", "feb", "mär", "apr", "jun", "jul",
            "aug", "sep", "sept", "okt", "nov", "dez");

    /** Words before a number that make "N." an ordinal ("am 3. Tag", "seit dem 7. September"). */
    private static final Set<String> ORDINAL_CONTEXT = Set.of(
            "am", "vom", "zum", "bis", "den", "dem", "der", "des", "die", "das", "im", "seit", "ab",
            "zur", "ihr", "ihrem", "ihren", "sein", "seinem", "seinen", "jeder", "jedem", "zwischen",
            "und", "bzw", "oder", "als", "beim", "ins", "fürs", "für", "nach", "vor", "zu");

    private Abbreviations() {
    }

    static boolean neverEndsSentence(String word) {
        return NEVER_FINAL.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isMonth(String word) {
        return MONTHS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean isOrdinalContext(String word) {
        return ORDINAL_CONTEXT.contains(word.toLowerCase(Locale.ROOT));
    }
}
