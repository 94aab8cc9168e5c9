package io.wirewatch.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Claim;
import io.wirewatch.events.Rule;

class RuleMatcherTest {

    private static Map<String, List<Claim.Span>> match(String query, String text) {
        try (RuleMatcher matcher = new RuleMatcher(List.of(Rule.of("r", query)))) {
            return matcher.match(text, "de");
        }
    }

    private static boolean matches(String query, String text) {
        return match(query, text).containsKey("r");
    }

    @Test
    void compoundPartsMatchInsideGermanCompounds() {
        assertThat(matches("munition", "Russland will Artilleriemunition aus Nordkorea beschaffen.")).isTrue();
        assertThat(matches("drohne*", "Der Iran lieferte Kampfdrohnen.")).isTrue();
        assertThat(matches("rakete*", "Ballistische Raketenwerfer wurden geliefert.")).isTrue();
    }

    @Test
    void pluralsAndGenitivesMeet() {
        assertThat(matches("rakete", "Russland feuerte mehrere Raketen ab.")).isTrue();
        assertThat(matches("raketen", "Eine Rakete schlug ein.")).isTrue();
        assertThat(matches("nordkorea", "Die Lieferungen Nordkoreas verstoßen gegen Resolutionen.")).isTrue();
        assertThat(matches("missile", "Russia fired North Korean missiles.")).isTrue();
    }

    @Test
    void phraseProximityNotPrefixAndCase() {
        assertThat(matches("\"ballistische raketen\"", "Mehrere ballistische Raketen wurden abgefeuert.")).isTrue();
        assertThat(matches("\"ballistische raketen\"", "Ballistische und andere Raketen wurden abgefeuert.")).isFalse();
        assertThat(matches("\"kirby raketen\"~5", "Kirby zeigte eine Grafik der Raketen.")).isTrue();
        assertThat(matches("\"kirby raketen\"~1", "Kirby zeigte eine Grafik der neuen Raketen.")).isFalse();
        assertThat(matches("raketen NOT iran", "Raketen aus dem Iran.")).isFalse();
        assertThat(matches("raketen NOT iran", "Raketen aus Nordkorea.")).isTrue();
        assertThat(matches("nordkorea* AND (rakete* OR munition*)", "Nordkoreanische Munition wurde gefunden.")).isTrue();
        assertThat(matches("KIRBY", "Kirby sprach.")).isTrue();
        assertThat(matches("weiße", "Das WEISSE Haus schwieg.")).isTrue();
    }

    @Test
    void sharpSAndDoubleSAreOneLetterInRulesAndText() {
        assertThat(matches("straße", "Die Strasse nach Charkiw ist gesperrt.")).isTrue();
        assertThat(matches("strasse", "Die Straße nach Charkiw ist gesperrt.")).isTrue();
        assertThat(matches("großangriff*", "Russland startete Grossangriffe auf Kiew.")).isTrue();
        assertThat(matches("\"weißes haus\"", "Das Weisse Haus schwieg.")).isTrue();
    }

    @Test
    void prefixesMatchWordStartsOnlyAndHighlightTheWord() {
        String text = "Nordkoreas Armee lieferte Artilleriemunition.";
        assertThat(match("nordkorea*", text).get("r")).extracting(s -> text.substring(s.start(), s.end()))
                .containsExactly("Nordkoreas");
        assertThat(matches("korea*", "Nordkoreas Armee lieferte Munition.")).isFalse(); // no compound part "korea"
        assertThat(matches("munition*", text)).isTrue();
        assertThat(matches("artillerie*", text)).isTrue();
        assertThat(matches("k*", "Kirby sprach.")).isTrue(); // shorter than the indexed prefixes: a plain prefix query
    }

    @Test
    void aPrefixSharedByTwoRulesStaysWhileOneOfThemIsActive() {
        String text = "Der Iran lieferte Kampfdrohnen.";
        try (RuleMatcher matcher = new RuleMatcher(List.of(Rule.of("a", "drohne*"), Rule.of("b", "drohne* AND iran")))) {
            assertThat(matcher.match(text, "de")).containsOnlyKeys("a", "b");
            matcher.remove("b");
            assertThat(matcher.match(text, "de")).containsOnlyKeys("a");
            matcher.put(Rule.of("a", "lieferte"));
            assertThat(matcher.match(text, "de")).containsOnlyKeys("a");
            matcher.put(Rule.of("c", "kampfdr* NOT lieferte*"));
            assertThat(matcher.match(text, "de")).containsOnlyKeys("a"); // an excluded prefix is still seen
            matcher.put(Rule.of("a", "kampfdrohne*"));
            assertThat(matcher.match(text, "de")).containsOnlyKeys("a");
        }
    }

    @Test
    void aRuleOnThePrefixFieldItselfStillSeesEveryPrefix() {
        assertThat(matches("prefix:nordk*", "Nordkoreas Armee marschierte.")).isTrue();
        assertThat(matches("prefix:nordk", "Nordkoreas Armee marschierte.")).isTrue();
    }

    @Test
    void aRuleMatchesOnlyWithinOneSentence() {
        String text = "„Dies ist eine Eskalation der nordkoreanischen Unterstützung“, betonte Kirby. "
                + "Russland setzte zuvor Raketen ein.";
        assertThat(matches("nordkorea* AND (rakete* OR munition*)", text)).isFalse();
    }

    @Test
    void anExclusionOnlyExcludesWithinItsOwnSentence() {
        String text = "Kirby sprach am Mittwoch vor der Presse. Die Regierung in Teheran wies die Vorwürfe gegen Iran zurück.";
        Map<String, List<Claim.Span>> result = match("kirby NOT iran", text);
        assertThat(result.get("r")).extracting(span -> text.substring(span.start(), span.end())).containsExactly("Kirby");
        assertThat(matches("kirby NOT iran", "Kirby sprach über Iran.")).isFalse();
        assertThat(matches("(kirby OR sullivan) AND NOT (iran OR teheran)", text)).isTrue();
        assertThat(matches("NOT iran", text)).isFalse(); // only exclusions: Lucene matches nothing, sentence or not
        assertThat(matches("kirby AND (NOT iran)", text)).isFalse(); // a clause of exclusions only matches nothing
    }

    @Test
    void aPhraseDoesNotRunAcrossASentenceBreak() {
        String text = "Die Lieferung kam aus Nordkorea. Raketen wurden später gezählt.";
        assertThat(matches("\"nordkorea raketen\"", text)).isFalse();
        assertThat(matches("\"nordkorea raketen\"~3", text)).isFalse();
        assertThat(matches("\"lieferung nordkorea\"~3", text)).isTrue();
    }

    @Test
    void textsMatchedTogetherGetTheirOwnResults() {
        List<String> claims = List.of(
                "„Wir prüfen die Raketenteile genau“, sagte Kirby.",
                "Der Sprecher nannte keine Details, so Kirby.",
                "",
                "Iran bestreitet Lieferungen von Raketen, sagte ein Sprecher. Kirby widersprach.");
        List<Rule> rules = List.of(Rule.of("raketen-kirby", "rakete* AND kirby"), Rule.of("kirby-ohne-iran", "kirby NOT iran"),
                Rule.of("details", "details"));
        try (RuleMatcher matcher = new RuleMatcher(rules)) {
            List<Map<String, List<Claim.Span>>> results = matcher.matchEach(claims, "de");
            assertThat(results).hasSize(4);
            for (int i = 0; i < claims.size(); i++) {
                assertThat(results.get(i)).as("claim %d alone and together", i).isEqualTo(matcher.match(claims.get(i), "de"));
            }
            assertThat(results.get(0)).containsOnlyKeys("raketen-kirby", "kirby-ohne-iran");
            assertThat(results.get(1)).containsOnlyKeys("kirby-ohne-iran", "details");
            assertThat(results.get(2)).isEmpty();
            assertThat(results.get(3)).containsOnlyKeys("kirby-ohne-iran"); // Raketen and Kirby stand in two sentences
            String last = claims.get(3);
            assertThat(results.get(3).get("kirby-ohne-iran")).containsExactly(
                    new Claim.Span(last.lastIndexOf("Kirby"), last.lastIndexOf("Kirby") + 5));
        }
    }

    @Test
    void highlightsPointAtTheMatchedWordsInTheText() {
        String text = "Erster Satz ohne Treffer. Russland setzte Kampfdrohnen und Raketen ein.";
        List<Claim.Span> spans = match("drohne* OR rakete*", text).get("r");
        assertThat(spans).extracting(span -> text.substring(span.start(), span.end()))
                .containsExactly("Kampfdrohnen", "Raketen");
    }

    @Test
    void rulesCanBeReplacedAndRemovedAtRuntime() {
        try (RuleMatcher matcher = new RuleMatcher(List.of(Rule.of("a", "raketen"), Rule.of("b", "drohnen")))) {
            String text = "Raketen und Drohnen und Panzer.";
            assertThat(matcher.match(text, "de")).containsOnlyKeys("a", "b");

            matcher.put(Rule.of("a", "panzer"));
            matcher.remove("b");
            matcher.put(Rule.of("c", "kampfjets"));

            Map<String, List<Claim.Span>> result = matcher.match(text, "de");
            assertThat(result).containsOnlyKeys("a");
            assertThat(result.get("a")).containsExactly(new Claim.Span(text.indexOf("Panzer"), text.indexOf("Panzer") + 6));
            assertThat(matcher.size()).isEqualTo(2);
            matcher.remove("unknown");
        }
    }

    @Test
    void withoutRulesEveryTextGetsAnEmptyResult() {
        try (RuleMatcher matcher = new RuleMatcher(List.of())) {
            assertThat(matcher.matchEach(List.of("Raketen.", "Drohnen."), "de")).containsExactly(Map.of(), Map.of());
        }
    }

    @Test
    void noMatchGivesAnEmptyMap() {
        try (RuleMatcher matcher = new RuleMatcher(List.of(Rule.of("a", "raketen")))) {
            assertThat(matcher.match("Das Wetter bleibt mild.", "de")).isEmpty();
            assertThat(matcher.match("", "de")).isEmpty();
        }
    }

    @Test
    void anInvalidRuleNamesItsIdAndQuery() {
        assertThatThrownBy(() -> new RuleMatcher(List.of(Rule.of("ok", "raketen"), Rule.of("broken-7", "(raketen AND"))))
                .isInstanceOf(InvalidRuleException.class)
                .hasMessageContaining("broken-7")
                .hasMessageContaining("(raketen AND")
                .satisfies(e -> assertThat(((InvalidRuleException) e).ruleId()).isEqualTo("broken-7"));
        try (RuleMatcher matcher = new RuleMatcher(List.of(Rule.of("a", "raketen")))) {
            assertThatThrownBy(() -> matcher.put(Rule.of("a", "\"unclosed")))
                    .isInstanceOf(InvalidRuleException.class).hasMessageContaining("'a'");
            assertThat(matcher.match("Raketen.", "de")).containsOnlyKeys("a"); // previous version still active
        }
    }

    @Test
    void manyRulesStayFast() {
        List<Rule> rules = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            rules.add(Rule.of("rule-" + i, "wort" + i + " AND (rakete* OR \"schwere waffen\")"));
        }
        rules.add(Rule.of("hit", "nordkorea AND rakete*"));
        try (RuleMatcher matcher = new RuleMatcher(rules)) {
            long start = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                assertThat(matcher.match("Nordkorea lieferte Raketen an Russland. Wort5 fehlt hier.", "de"))
                        .containsOnlyKeys("hit");
            }
            long millisPerMatch = (System.nanoTime() - start) / 1_000_000 / 100;
            assertThat(millisPerMatch).as("ms per match with 20k rules").isLessThan(250); // generous: the build machine is shared
        }
    }

    @Test
    void putAllRegistersTheValidRulesAndReturnsTheInvalidOnes() {
        try (RuleMatcher matcher = new RuleMatcher(List.of(Rule.of("broken-later", "raketen")))) {
            List<InvalidRuleException> invalid = matcher.putAll(List.of(
                    Rule.of("drones", "drohne*"), Rule.of("broken-later", "(raketen AND"), Rule.of("ammo", "munition")));

            assertThat(invalid).extracting(InvalidRuleException::ruleId).containsExactly("broken-later");
            assertThat(matcher.size()).isEqualTo(3);
            // the invalid new version leaves the previous one active
            assertThat(matcher.match("Kampfdrohnen, Raketen und Artilleriemunition.", "de"))
                    .containsOnlyKeys("drones", "broken-later", "ammo");
        }
    }
}
