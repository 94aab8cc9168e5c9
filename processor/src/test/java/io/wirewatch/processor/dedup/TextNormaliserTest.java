package io.wirewatch.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormaliserTest {

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
