package io.wirewatch.ingest.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    @Test
    void recognisesGermanEnglishAndFrench() {
        assertThat(LanguageGuesser.guess("Der Bürgermeister hat am Montag mitgeteilt, dass die Brücke für den Verkehr"
                + " gesperrt wird und die Sanierung noch in diesem Jahr beginnen soll.")).isEqualTo("de");
        assertThat(LanguageGuesser.guess("The mayor said on Monday that the bridge will be closed to traffic and that"
                + " the repairs are expected to start this year.")).isEqualTo("en");
        assertThat(LanguageGuesser.guess("Le maire a annoncé lundi que le pont sera fermé à la circulation et que les"
                + " travaux doivent commencer cette année selon la ville.")).isEqualTo("fr");
    }

    @Test
    void isUndeterminedWithoutEvidence() {
        assertThat(LanguageGuesser.guess("Angela Merkel Olaf Scholz 2024")).isEqualTo("und");
        assertThat(LanguageGuesser.guess("")).isEqualTo("und");
    }

    @Test
    void declaredLanguageWinsAndIsReducedToItsPrimarySubtag() {
        assertThat(LanguageGuesser.guess("The mayor said that the bridge is closed and that it will stay so.", "de-AT"))
                .isEqualTo("de");
        assertThat(LanguageGuesser.guess("The mayor said that the bridge is closed and that it will stay so.", " "))
                .isEqualTo("en");
    }

    @Test
    void aDeclaredLanguageThatIsNoLanguageSubtagIsIgnored() {
        String german = "Die Sturmflut hat in der Nacht die Inseln erreicht und der Pegel stieg deutlich an, sagte ein Sprecher.";
        assertThat(LanguageGuesser.guess(german, "x".repeat(1_000_000))).isEqualTo("de");
        assertThat(LanguageGuesser.guess(german, "d")).isEqualTo("de");
        assertThat(LanguageGuesser.guess(german, "fr-CH")).isEqualTo("fr");
    }
}
