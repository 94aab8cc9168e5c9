package io.wirewatch.processor.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Claim;
import io.wirewatch.events.Rule;

/**
 * One matcher shared by two matching threads, as the processor's stream threads share it, while a
 * third thread keeps putting and removing rules: every match is the one a single thread gets.
 */
class RuleMatcherConcurrencyTest {

    private static final List<String> SENTENCES = List.of(
            "„Die Lieferung von Artilleriemunition ist eine Eskalation“, sagte der Sprecher in Kassel.",
            "Laut dem Verkehrsverbund sollen die Preise für Nahverkehr und Radwege steigen.",
            "Nordkorea habe Raketen und Kampfdrohnen an Russland geliefert, sagte Kirby.",
            "\"The rail operator will review the bike lane plans,\" Mayor Linda Carter said in Leeds.",
            "According to officials, North Korean missiles were fired at Kharkiv overnight.",
            "Die Stadtverwaltung von Bremen prüft die Baustelle an der Autobahn erneut.");

    private static final List<Rule> RULES = List.of(
            Rule.of("munition", "munition*"),
            Rule.of("nahverkehr", "nahverkehr AND preis*"),
            Rule.of("nordkorea", "nordkorea* AND (rakete* OR drohne*)"),
            Rule.of("kirby", "kirby NOT iran"),
            Rule.of("carter", "\"linda carter\""),
            Rule.of("missiles", "missile AND (kharkiv OR kyiv)"),
            Rule.of("autobahn", "autobahn* OR baustelle"));

    @Test
    void twoThreadsMatchingWhileRulesChangeGetTheSingleThreadedAnswers() throws Exception {
        try (RuleMatcher matcher = new RuleMatcher(RULES)) {
            List<Map<String, List<Claim.Span>>> expected = matcher.matchEach(SENTENCES, "und");
            assertThat(expected.stream().filter(m -> !m.isEmpty()).count()).isEqualTo(SENTENCES.size());

            ExecutorService threads = Executors.newFixedThreadPool(3);
            try {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<List<List<Map<String, List<Claim.Span>>>>>> matchers = new ArrayList<>();
                for (int t = 0; t < 2; t++) {
                    matchers.add(threads.submit(() -> {
                        start.await();
                        List<List<Map<String, List<Claim.Span>>>> results = new ArrayList<>();
                        for (int i = 0; i < 300; i++) {
                            results.add(matcher.matchEach(SENTENCES, "und"));
                        }
                        return results;
                    }));
                }
                Future<Integer> updater = threads.submit(() -> {
                    start.await();
                    for (int i = 0; i < 40; i++) { // rules on words none of the sentences holds
                        matcher.put(Rule.of("other-" + i, "zeppelin" + i + " OR luftschiff*"));
                        matcher.remove("other-" + (i - 1));
                    }
                    return matcher.size();
                });
                start.countDown();
                for (Future<List<List<Map<String, List<Claim.Span>>>>> results : matchers) {
                    List<List<Map<String, List<Claim.Span>>>> all = results.get(2, TimeUnit.MINUTES);
                    assertThat(all).hasSize(300).allSatisfy(result -> assertThat(result).isEqualTo(expected));
                }
                assertThat(updater.get(2, TimeUnit.MINUTES)).isEqualTo(RULES.size() + 1);
            } finally {
                threads.shutdownNow();
            }
        }
    }
}
