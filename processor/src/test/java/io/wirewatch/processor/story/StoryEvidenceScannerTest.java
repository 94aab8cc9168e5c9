package io.wirewatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link StoryEvidence} scans by hand what {@link RegexStoryEvidence} states as regular expressions; both
 * must yield the same keys in the same order, on news prose and on text built to hit every edge of the
 * expressions (digit runs of every length, dots and commas, hyphens, quotation marks, case, letters
 * that are neither upper nor lower case, non-ASCII digits).
 */
class StoryEvidenceScannerTest {

    private final StoryEvidence scanner = new StoryEvidence(StoryEvidence.DEFAULT_QUOTE_WORDS);
    private final RegexStoryEvidence specification = new RegexStoryEvidence(StoryEvidence.DEFAULT_QUOTE_WORDS);

    @ParameterizedTest
    @ValueSource(strings = {
        "Kirby: „Nordkorea hat Russland ballistische Raketen und Abschussvorrichtungen geliefert“, sagte John Kirby am 4. Januar 2024 in Washington.",
        "Regierungssprecher Steffen Hebestreit sagte am Montag, 3. März, in Berlin-Mitte, die Zahl sei auf 17.000 gestiegen (2,5 Prozent).",
        "WASHINGTON (dpa) – On March 3 the Pentagon said «at least 1.000 containers were shipped since 12.09.2023» and 300 more on 1.10.",
        "Der Bericht vom 1.2.3.4. nennt 12,5a und 1.5a sowie 19.5 und 2023 und 20231 und 3März 14 und Maiwald 12.",
        "Peter Meier-Schulz traf Anna Berlin-mitte und Jean-Luc Picard2 und O'Brien Smith am 31 dezember.",
        "\"kurz\" „zu kurz“ „ein hinreichend langes Zitat ohne Ende",
        "Die ǅemal Test und ＤＥ Land: ١٢ März, 7 märz, MÄRZ 14, maerz 5, Jänner 3 und Gleis 7.",
    })
    void scannerAgreesWithTheExpressionsOnNewsProse(String text) {
        assertThat(scanned("Titel", text)).isEqualTo(List.copyOf(specification.keys("Titel", text)));
    }

    @Test
    void scannerAgreesWithTheExpressionsOnTenThousandAdversarialTexts() {
        String[] pieces = {"1", "12", "123", "2024", "19.5", ".", ",", ".", " ", " ", "  ", "\n", "\t", "-", "März", "märz",
            "MÄRZ", "May", "may", "Mai", "Maiwald", "Dezember", "Montag", "Peter", "Müller", "Anna", "Berlin", "der", "Die",
            "und", "x", "ABC", "Ǆ", "ǅemal", "١٢", "\"", "„", "“", "”", "«", "»", "'", "ein langes Zitat mit vielen Worten darin",
            "zwei drei vier fünf sechs sieben", "a1", "3a", "\uD835\uDC00b", "Straße", "Jean-Luc", "Smith-jones"};
        Random random = new Random(20261122);
        List<String> disagreements = new ArrayList<>();
        for (int n = 0; n < 10_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = 1 + random.nextInt(30);
            for (int i = 0; i < length; i++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String title = random.nextBoolean() ? "" : pieces[random.nextInt(pieces.length)];
            if (!scanned(title, text.toString()).equals(List.copyOf(specification.keys(title, text.toString())))) {
                disagreements.add(title + " | " + text);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    /** The scanner's keys but the typed facts, which have no expression ({@link FactScannerTest} specifies them). */
    private List<String> scanned(String title, String text) {
        return scanner.keys(title, text).stream().filter(key -> !key.startsWith(FactScanner.AGE) && !key.startsWith(FactScanner.MONEY)).toList();
    }
}
