package io.wirewatch.processor.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ClaimExtractorTest {

    private final ClaimExtractor extractor = new ClaimExtractor();

    private ExtractedClaim single(String text, String language) {
        List<ExtractedClaim> claims = extractor.extract(text, language);
        assertThat(claims).as("claims in: " + text).hasSize(1);
        return claims.get(0);
    }

    @Test
    void germanDirectQuoteWithSpeechVerbAndFullName() {
        ExtractedClaim claim = single("„Die Lieferungen laufen seit Wochen über den Hafen“, sagte John Kirby.", "de");
        assertThat(claim.speaker()).isEqualTo("John Kirby");
        assertThat(claim.cue()).isEqualTo("sagte");
        assertThat(claim.direct()).isTrue();
        assertThat(claim.hedged()).isFalse();
    }

    @Test
    void nachErkenntnissenWithABareGenitivePluralSource() {
        ExtractedClaim claim = single("Nordkorea hat nach Erkenntnissen amerikanischer Geheimdienste mehr als tausend "
                + "Container mit Munition nach Russland verschifft.", "de");
        assertThat(claim.cue()).isEqualTo("nach Erkenntnissen");
        assertThat(claim.speaker()).contains("Geheimdienste");
        assertThat(claim.direct()).isFalse();
    }

    @Test
    void soKirbyResolvesToTheFullNameIntroducedEarlier() {
        String text = "John Kirby, Sprecher des Sicherheitsrats, äußerte sich am Donnerstag. "
                + "«Wir beobachten die Transporte sehr genau», so Kirby.";
        List<ExtractedClaim> claims = extractor.extract(text, "de");
        assertThat(claims).hasSize(1);
        assertThat(claims.get(0).speaker()).isEqualTo("John Kirby");
        assertThat(claims.get(0).cue()).isEqualTo("so");
        assertThat(claims.get(0).direct()).isTrue();
        assertThat(text.substring(claims.get(0).start(), claims.get(0).end())).isEqualTo(claims.get(0).text());
    }

    @Test
    void colonQuoteAfterSpeechVerb() {
        ExtractedClaim claim = single("Die Lage sei ernst, ergänzte Kirby: \"Wir erwarten weitere Angriffe auf die Städte.\"", "de");
        assertThat(claim.speaker()).isEqualTo("Kirby");
        assertThat(claim.cue()).isEqualTo("ergänzte");
        assertThat(claim.direct()).isTrue();
    }

    @Test
    void germanIndirectSpeechWithSourceBeforeTheVerb() {
        ExtractedClaim claim = single("Kirby sagte, Russland sei auf der Weltbühne zunehmend isoliert.", "de");
        assertThat(claim.speaker()).isEqualTo("Kirby");
        assertThat(claim.cue()).isEqualTo("sagte");
        assertThat(claim.direct()).isFalse();
    }

    @Test
    void germanIndirectSpeechWithRoleAfterTheCue() {
        ExtractedClaim claim = single("Russland habe zuletzt um militärische Hilfe geworben, so der Sprecher des Weißen Hauses.", "de");
        assertThat(claim.speaker()).isEqualTo("der Sprecher des Weißen Hauses");
        assertThat(claim.cue()).isEqualTo("so");
        assertThat(claim.direct()).isFalse();
    }

    @Test
    void germanSourcePhrases() {
        assertThat(single("Russland hat nach Angaben der US-Regierung Raketen aus Nordkorea eingesetzt.", "de"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::cue).containsExactly("US-Regierung", "nach Angaben");
        assertThat(single("Russland will nach US-Angaben offenbar Munition aus Nordkorea beschaffen.", "de"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::cue, ExtractedClaim::hedged)
                .containsExactly("USA", "nach Angaben", true);
        assertThat(single("Nordkorea soll den USA zufolge heimlich Granaten an Russland verkauft haben.", "de"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::cue, ExtractedClaim::hedged)
                .containsExactly("USA", "zufolge", true);
        assertThat(single("Die Brücke ist laut Feuerwehr seit dem frühen Morgen gesperrt.", "de"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::cue).containsExactly("Feuerwehr", "laut");
        assertThat(single("Nach Erkenntnissen der Geheimdienste wurden die Waffen über Drittstaaten umgeleitet.", "de"))
                .extracting(ExtractedClaim::speaker).isEqualTo("Geheimdienste");
    }

    @Test
    void germanAccusationsAndConcerns() {
        assertThat(single("Die USA haben Nordkorea vorgeworfen, heimlich Munition an Russland geschickt zu haben.", "de"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::cue).containsExactly("USA", "vorgeworfen");
        assertThat(single("US-Beamte haben Nordkorea beschuldigt, große Mengen Ausrüstung geliefert zu haben.", "de"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::cue).containsExactly("US-Beamte", "beschuldigt");
        assertThat(single("Seit Monaten haben US-Beamte Bedenken geäußert, dass Nordkorea Munition liefert.", "de"))
                .extracting(ExtractedClaim::speaker).isEqualTo("US-Beamte");
        assertThat(single("Die Ukraine wirft Russland vor, gezielt zivile Infrastruktur anzugreifen.", "de"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::cue).containsExactly("Ukraine", "wirft vor");
    }

    @Test
    void pronounSpeakerResolvesToThePreviousPerson() {
        String text = "Der Sprecher des Sicherheitsrates, John Kirby, sagte, die Lieferungen seien getarnt gewesen. "
                + "«Wir werden weiterhin überwachen, ob die Lieferungen ankommen», betonte er.";
        List<ExtractedClaim> claims = extractor.extract(text, "de");
        assertThat(claims).extracting(ExtractedClaim::speaker).containsExactly("John Kirby", "John Kirby");
        assertThat(claims).extracting(ExtractedClaim::direct).containsExactly(false, true);
    }

    @Test
    void englishClaims() {
        assertThat(single("\"This is a significant escalation,\" Miller told reporters.", "en"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::cue, ExtractedClaim::direct)
                .containsExactly("Miller", "told", true);
        assertThat(single("\"We will not stand by,\" said John Miller, the White House spokesman.", "en"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::direct).containsExactly("John Miller", true);
        assertThat(single("U.S. officials said on Friday that the containers had been moved by rail.", "en"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::cue, ExtractedClaim::direct)
                .containsExactly("U.S. officials", "said", false);
        assertThat(single("The suspect allegedly crossed the border twice, police said.", "en"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::hedged).containsExactly("police", true);
        assertThat(single("According to the ministry, more than 40 people were injured.", "en"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::cue).containsExactly("the ministry", "according to");
        assertThat(single("Washington accused Pyongyang of supplying ammunition in breach of UN resolutions.", "en"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::cue).containsExactly("Washington", "accused");
    }

    @Test
    void headlineWithSourceBeforeColon() {
        assertThat(single("USA: Russland setzt Raketen aus Nordkorea gegen die Ukraine ein", "de"))
                .extracting(ExtractedClaim::speaker, ExtractedClaim::cue).containsExactly("USA", ":");
    }

    @Test
    void sameWordsWithoutAttributedStatementAreNotClaims() {
        assertThat(extractor.extract("Der Sprecher sagte seine Reise nach Brüssel kurzfristig ab.", "de")).isEmpty();
        assertThat(extractor.extract("Die Musik war so laut, dass die Nachbarn die Polizei riefen.", "de")).isEmpty();
        assertThat(extractor.extract("Die Lieferungen gehen laut Plan weiter, und die Züge fahren pünktlich.", "de")).isEmpty();
        assertThat(extractor.extract("Er erklärte sich bereit, die Kosten für den Wiederaufbau zu übernehmen.", "de")).isEmpty();
        assertThat(extractor.extract("He said goodbye to his colleagues before boarding the plane.", "en")).isEmpty();
        assertThat(extractor.extract("The work continued according to plan despite the storm.", "en")).isEmpty();
        assertThat(extractor.extract("Liveblog: Die Entwicklungen im Überblick", "de")).isEmpty();
    }

    @Test
    void undeterminedLanguageTriesBoth() {
        assertThat(extractor.extract("Kirby sagte, Russland sei isoliert und suche neue Partner.", "und")).hasSize(1);
        assertThat(extractor.extract("Kirby said Russia was isolated and looking for new partners.", "und")).hasSize(1);
    }

    @Test
    void blankTextHasNoClaims() {
        assertThat(extractor.extract("", "de")).isEmpty();
        assertThat(extractor.extract(null, "de")).isEmpty();
    }

    @Test
    void normaliseMakesCopiesOfTheSameSentenceEqual() {
        String german = ClaimExtractor.normalise("„Wir beobachten das genau“, so  Kirby weiter.");
        assertThat(ClaimExtractor.normalise("«Wir beobachten das genau», so Kirby weiter")).isEqualTo(german);
        assertThat(ClaimExtractor.normalise("\"Wir beobachten das genau\", so Kirby weiter.")).isEqualTo(german);
        assertThat(ClaimExtractor.normalise("Das Weiße Haus äußert sich.")).isEqualTo(ClaimExtractor.normalise("Das Weisse Haus äussert sich"));
        assertThat(german).isEqualTo("wir beobachten das genau, so kirby weiter");
    }

    @Test
    void aSurnameFollowedByANounIsNotGluedAndThePronounFollowsTheRightPerson() {
        String text = "Verteidigungsminister Mark Brenner besuchte am Freitag Warschau. "
                + "Demnach verspreche sich Teheran laut Brenner Technik aus Moskau für seine Raketen. "
                + "„Das verschiebt das Gleichgewicht in der Region“, sagte er.";
        assertThat(germanSpeakers(text)).containsExactly("Mark Brenner", "Mark Brenner");
    }

    @Test
    void aRoleTheTextEquatedWithAPersonResolvesToThatPerson() {
        String text = "„Wir beobachten die Transporte sehr genau“, sagte Helen Ostrowski, Pressesprecherin des Ministeriums. "
                + "Die Pressesprecherin fügte hinzu, die Lieferungen hätten sich seit dem Sommer verdoppelt. "
                + "Eine Pressesprecherin der Polizei sagte, die Straße bleibe bis zum Abend gesperrt.";
        assertThat(germanSpeakers(text)).containsExactly("Helen Ostrowski", "Helen Ostrowski", "eine Pressesprecherin der Polizei");
    }

    @Test
    void aRoleInFrontOfANameIsNotPartOfTheSpeaker() {
        String text = "„Die Brücke ist nicht mehr befahrbar“, sagte Verkehrsministerin Jana Wilke. "
                + "„Wir prüfen jetzt eine Umleitung“, so Wilke.";
        assertThat(germanSpeakers(text)).containsExactly("Jana Wilke", "Jana Wilke");
    }

    private List<String> germanSpeakers(String text) {
        return extractor.extract(text, "de").stream().map(ExtractedClaim::speaker).toList();
    }
}
