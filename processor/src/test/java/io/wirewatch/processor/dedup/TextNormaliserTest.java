package io.wirewatch.processor.dedup;

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
