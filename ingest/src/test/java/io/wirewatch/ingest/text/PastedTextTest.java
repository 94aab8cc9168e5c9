package io.wirewatch.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PastedTextTest {

    private static final String LEAD = "Der Landkreis hat am Mittwoch den Katastrophenfall ausgerufen, nachdem der Pegel der"
            + " Mulde in der Nacht auf über sieben Meter gestiegen war.";
    private static final String SECOND = "Nach Angaben des Krisenstabs mussten rund 400 Menschen ihre Wohnungen verlassen,"
            + " die meisten kamen bei Verwandten unter.";

    @Test
    void firstLineThatReadsLikeAHeadlineIsTheTitle() {
        PastedText text = PastedText.read("Mulde tritt über die Ufer\n\n" + LEAD + "\n\n" + SECOND + "\n");

        assertThat(text.title()).isEqualTo("Mulde tritt über die Ufer");
        assertThat(text.paragraphs()).containsExactly(LEAD, SECOND);
        assertThat(text.text()).isEqualTo(LEAD + "\n\n" + SECOND);
    }

    @Test
    void firstLineThatIsAParagraphIsBodyAndTheTextHasNoTitle() {
        PastedText text = PastedText.read("GRIMMA (Agentur Ost) - " + LEAD + "\n" + SECOND);

        assertThat(text.title()).isEmpty();
        assertThat(text.paragraphs()).containsExactly("GRIMMA (Agentur Ost) - " + LEAD, SECOND);
    }

    @Test
    void shortFirstSentenceIsNoTitleEither() {
        PastedText text = PastedText.read("Die Mulde ist über die Ufer getreten.\nVerletzt wurde niemand.\n");

        assertThat(text.title()).isEmpty();
        assertThat(text.paragraphs()).hasSize(2);
    }

    @Test
    void navigationRubricsCreditsLinksShareBarsAndSeeAlsoBoxesAreLeftOut() {
        PastedText text = PastedText.read("""
                  1. Zum Inhalt springen
                  2. Zur Hauptnavigation springen
                Startseite › Regionales › Sachsen
                RegionalesHochwasser

                Mulde tritt über die Ufer: Katastrophenfall in Grimma

                14. März 2024

                %s

                https://kurz.example/x7Q
                Helfer füllen Sandsäcke am Ufer der Mulde
                Helfer füllen Sandsäcke am Ufer der Mulde Bild: Max Muster/Agentur

                %s

                Siehe auch
                Pegelstände live: So hoch steht das Wasser
                Wie schütze ich mein Haus vor Hochwasser?
                Die Feuerwehr bittet, die Deiche nicht zu betreten, weil sie durchweicht sind.

                Teilen: Facebook | WhatsApp | E-Mail
                Foto: © Agentur Ost
                Schaltfläche "Zurück zum Anfang"
                """.formatted(LEAD, SECOND));

        assertThat(text.title()).isEqualTo("Mulde tritt über die Ufer: Katastrophenfall in Grimma");
        assertThat(text.paragraphs()).containsExactly("14. März 2024", LEAD, SECOND,
                "Die Feuerwehr bittet, die Deiche nicht zu betreten, weil sie durchweicht sind.");
    }

    @Test
    void headlineRepeatedByThePageWinsOverTheSiteNameLineAndItsCopiesAreLeftOut() {
        PastedText text = PastedText.read("""
                Muldentaler Bote - Mulde tritt über die Ufer

                Grimma -
                Mulde tritt über die Ufer
                Mulde tritt über die Ufer / Foto: © Agentur Ost

                Mulde tritt über die Ufer

                %s
                """.formatted(LEAD));

        assertThat(text.title()).isEqualTo("Mulde tritt über die Ufer");
        assertThat(text.paragraphs()).containsExactly("Grimma -", LEAD);
    }

    @Test
    void questionsAndCutHeadlinesAreTitles() {
        assertThat(PastedText.read("Hält der Deich in Grimma?\n" + LEAD).title()).isEqualTo("Hält der Deich in Grimma?");
        String cut = "Landkreis ruft den Katastrophenfall aus: Der Pegel der Mulde steigt in der Nacht auf über sieben Meter, die ...";
        assertThat(PastedText.read(cut + "\n" + LEAD).title()).isEqualTo(cut);
    }

    @Test
    void aOneWordFirstLineIsTheTitleWhenNothingBetterIsThere() {
        PastedText text = PastedText.read("Hochwasser\n\nEin kurzer Text über die Mulde.\n");

        assertThat(text.title()).isEqualTo("Hochwasser");
        assertThat(text.paragraphs()).containsExactly("Ein kurzer Text über die Mulde.");
    }

    @Test
    void aRubricBeforeTheHeadlineIsNotTheTitle() {
        PastedText text = PastedText.read("Sachsen\n\nMulde tritt über die Ufer\n\n" + LEAD);

        assertThat(text.title()).isEqualTo("Mulde tritt über die Ufer");
        assertThat(text.paragraphs()).containsExactly(LEAD);
    }

    @Test
    void textWithoutBodyHasNoParagraphsAndEmptyTextIsNoError() {
        assertThat(PastedText.read("Mulde tritt über die Ufer\n\nFacebook Twitter WhatsApp\n").paragraphs()).isEmpty();
        assertThat(PastedText.read("")).isEqualTo(new PastedText("", java.util.List.of()));
    }

    @Test
    void furnitureLinesAreRecognisedWithoutTouchingProse() {
        assertThat(FurnitureLines.isFurniture("Startseite")).isTrue();
        assertThat(FurnitureLines.isFurniture("Home / News / World")).isTrue();
        assertThat(FurnitureLines.isFurniture("Artikel teilen auf Facebook")).isTrue();
        assertThat(FurnitureLines.isFurniture("Teilen: Facebook | WhatsApp | E-Mail")).isTrue();
        assertThat(FurnitureLines.isFurniture("Bild: Getty Images")).isTrue();
        assertThat(FurnitureLines.isFurniture("Textgröße:")).isTrue();
        assertThat(FurnitureLines.isSeeAlso("Ähnliche Artikel")).isTrue();
        assertThat(FurnitureLines.isFurniture("Auf Facebook schrieb der Bürgermeister, die Lage sei ernst.")).isFalse();
        assertThat(FurnitureLines.isFurniture("Reiseverkehr nimmt zu / ADAC warnt vor Staus")).isFalse();
        assertThat(FurnitureLines.isFurniture("Quelle: Nach Angaben des Landratsamts waren am Abend mehr als 60 Einsatzkräfte"
                + " der Feuerwehr, des Technischen Hilfswerks und der Wasserwacht im Einsatz, um die Deiche entlang der Mulde"
                + " mit Sandsäcken zu sichern.")).isFalse();
    }
}
