package io.wirewatch.processor.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

    /** The normalisation as it was written with regular expressions, which the one-pass loop must equal. */
    private static String byRegex(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace("ß", "ss");
        s = Pattern.compile("[\"'`´\\u2018\\u2019\\u201A\\u201B\\u201C\\u201D\\u201E\\u201F\\u00AB\\u00BB\\u2039\\u203A]").matcher(s).replaceAll("");
        return Pattern.compile("[^\\p{L}\\p{N}]+").matcher(s).replaceAll(" ").strip();
    }

    @Test
    void equalsTheRegexFormulationOnAwkwardText() {
        List<String> texts = List.of("  „Kirby's“ — 2,5 Mio. € für Ⅻ Wagen²!  ", "«Grüezi» ‹mitenand› ´n` Tag",
                "Tab\tand\u00A0no-break space, 3½ Tage", "ŉ İstanbul ǅ \uD835\uDC00 math letter", "'', ...",
                "Nachricht ohne Satzzeichen", "e\u0301 combining acute");
        for (String text : texts) {
            assertThat(TextNormaliser.normalise(text)).as(text).isEqualTo(byRegex(text));
        }
    }


    @Test
    void equalsTheRegexFormulationOnRandomText() {
        // letters, ß and ẞ, digits, every quotation mark, punctuation, spaces, combining marks, line breaks
        String alphabet = "aZäÖüßẞéçñ09²½Ⅻ\"'`´‘’‚‛“”„‟«»‹› .,;:!?-–—…()[]/\t\u00A0\u0301\u0308İ";
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertThat(TextNormaliser.normalise(text.toString())).as(text.toString()).isEqualTo(byRegex(text.toString()));
        }
    }

    /** The shortcut that skips the normaliser must only skip it where NFC changes nothing. */
    @Test
    void textTakenAsAlreadyComposedIsUnchangedByNfc() {
        StringBuilder skipped = new StringBuilder();
        for (char c = 0; c < 0x2070; c++) {
            if (!Character.isSurrogate(c) && TextNormaliser.alreadyComposed(String.valueOf(c))) {
                skipped.append(c);
            }
        }
        String all = skipped.toString();
        for (int i = 0; i < all.length(); i++) {
            String single = all.substring(i, i + 1);
            assertThat(Normalizer.normalize(single, Normalizer.Form.NFC)).isEqualTo(single);
            for (int j = 0; j < all.length(); j += 7) {
                String pair = single + all.charAt(j);
                assertThat(Normalizer.isNormalized(pair, Normalizer.Form.NFC)).as("U+%04X U+%04X", (int) pair.charAt(0), (int) pair.charAt(1)).isTrue();
            }
        }
        assertThat(TextNormaliser.alreadyComposed("e\u0301")).isFalse();
    }

    @Test
    void linesSplitAtEveryLineBreakOfTheRegexR() {
        String text = "eins\nzwei\r\ndrei\rvier\u000Bfünf\fsechs\u0085sieben\u2028acht\u2029neun\n\r\n";
        List<String> byRegex = Pattern.compile("\\R").splitAsStream(text).map(TextNormaliser::normalise).filter(l -> !l.isEmpty()).toList();

        assertThat(TextNormaliser.lines(text)).isEqualTo(byRegex).hasSize(9);
    }

    @Test
    void lowerCasesAndSpellsSharpSAsDoubleS() {
        assertThat(TextNormaliser.normalise("Die Straße ist GROSS und unverhältnismäßig"))
                .isEqualTo("die strasse ist gross und unverhältnismässig");
    }

    @Test
    void removesEveryKindOfQuotationMark() {
        String german = TextNormaliser.normalise("„Wir streiken“, sagte er.");
        String swiss = TextNormaliser.normalise("«Wir streiken», sagte er.");
        String english = TextNormaliser.normalise("\"Wir streiken\", sagte er.");
        String single = TextNormaliser.normalise("‚Wir streiken‘, sagte er.");

        assertThat(german).isEqualTo("wir streiken sagte er");
        assertThat(swiss).isEqualTo(german);
        assertThat(english).isEqualTo(german);
        assertThat(single).isEqualTo(german);
    }

    @Test
    void stripsPunctuationAndCollapsesWhitespace() {
        assertThat(TextNormaliser.normalise("  BERLIN (wwa) -  Am 30.12.2025   kamen\t550 Euro…  "))
                .isEqualTo("berlin wwa am 30 12 2025 kamen 550 euro");
    }

    @Test
    void composesDecomposedUmlauts() {
        String decomposed = "Gu\u0308terverkehr";
        assertThat(TextNormaliser.normalise(decomposed)).isEqualTo("güterverkehr");
    }

    @Test
    void splitsIntoNonEmptyNormalisedLines() {
        assertThat(TextNormaliser.lines("Erster Absatz.\n\n  \nZweiter – Absatz!\r\nDritter"))
                .containsExactly("erster absatz", "zweiter absatz", "dritter");
    }

    @Test
    void nothingLeftGivesEmptyString() {
        assertThat(TextNormaliser.normalise(" „…“ – ")).isEmpty();
        assertThat(TextNormaliser.normalise(null)).isEmpty();
    }
}
