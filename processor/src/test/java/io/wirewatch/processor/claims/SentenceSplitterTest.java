package io.wirewatch.processor.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(span -> text.substring(span[0], span[1])).toList();
    }

    @Test
    void splitsAtSentenceEnds() {
        assertThat(sentences("Die Armee rückte vor. Die Lage ist unklar! Was passiert jetzt?"))
                .containsExactly("Die Armee rückte vor.", "Die Lage ist unklar!", "Was passiert jetzt?");
    }

    @Test
    void keepsOrdinalDatesTogether() {
        assertThat(sentences("Am 30. Dezember 2023 fielen die ersten Schüsse. Seit dem 2. Januar ist es ruhig."))
                .containsExactly("Am 30. Dezember 2023 fielen die ersten Schüsse.", "Seit dem 2. Januar ist es ruhig.");
    }

    @Test
    void keepsGermanAbbreviationsAndInitialsTogether() {
        String text = "Geliefert wurden z. B. Granaten, u. a. für Nr. 5 der Liste. "
                + "Dr. Meier und John F. Kennedy sind etc. bekannt. Danach ging es weiter.";
        assertThat(sentences(text)).containsExactly(
                "Geliefert wurden z. B. Granaten, u. a. für Nr. 5 der Liste.",
                "Dr. Meier und John F. Kennedy sind etc. bekannt.",
                "Danach ging es weiter.");
    }

    @Test
    void keepsAQuotationWithSeveralSentencesTogetherWithItsAttribution() {
        String text = "„Die Lage ist ernst. Wir müssen handeln“, sagte Kirby. Danach endete die Sitzung.";
        assertThat(sentences(text)).containsExactly(
                "„Die Lage ist ernst. Wir müssen handeln“, sagte Kirby.", "Danach endete die Sitzung.");
    }

    @Test
    void splitsAfterAClosingQuoteThatEndsTheSentence() {
        String text = "\"Wir haben am 2. Januar reagiert.\" Russland habe zuletzt geworben, so der Sprecher.";
        assertThat(sentences(text)).containsExactly(
                "\"Wir haben am 2. Januar reagiert.\"", "Russland habe zuletzt geworben, so der Sprecher.");
    }

    @Test
    void navigationLinesAreTheirOwnSegments() {
        String text = "1. Zum Inhalt springen\n  2. Zur Navigation springen\nKonflikte\n\n"
                + "Russland setzt Raketen ein. Das sagt die Regierung.\nFoto:";
        assertThat(sentences(text)).containsExactly(
                "1. Zum Inhalt springen", "2. Zur Navigation springen", "Konflikte",
                "Russland setzt Raketen ein.", "Das sagt die Regierung.", "Foto:");
    }

    @Test
    void joinsAHardWrappedLineContinuedInLowerCase() {
        String text = "Die Regierung hat nach langen Verhandlungen mit den Partnern in Brüssel\nbeschlossen, mehr zu liefern.";
        assertThat(sentences(text)).containsExactly(text);
    }

    @Test
    void spansPointIntoTheOriginalText() {
        String text = "  Erster Satz.   Zweiter Satz.  ";
        List<int[]> spans = splitter.split(text);
        assertThat(spans).hasSize(2);
        assertThat(spans.get(1)).containsExactly(text.indexOf("Zweiter"), text.lastIndexOf("Satz.") + 5);
    }

    @Test
    void emptyTextHasNoSentences() {
        assertThat(splitter.split("")).isEmpty();
        assertThat(splitter.split(" \n \n")).isEmpty();
    }
}
