package io.wirewatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NameScannerTest {

    private static Set<String> keys(String text) {
        Set<String> keys = new LinkedHashSet<>();
        NameScanner.addKeys(text, keys);
        return keys;
    }

    @Test
    void twoCapitalisedWordsInARowAreANameAndPairsOverlap() {
        assertThat(keys("Regierungssprecher Steffen Hebestreit sagte"))
                .containsExactly("n:regierungssprecher steffen", "n:steffen hebestreit");
    }

    @Test
    void aHyphenatedWordIsOneWordOfAName() {
        assertThat(keys("wie Peter Meier-Schulz sagte")).containsExactly("n:peter meier schulz");
    }

    @Test
    void functionWordsAndCalendarWordsMakeNoName() {
        assertThat(keys("Die Bahn fährt. Am Montag Peter und im März Berlin.")).isEmpty();
    }

    @Test
    void aWordTouchingALetterOrNumberIsNoPartOfAName() {
        assertThat(keys("xPeter Müller und Anna Berlin2")).isEmpty();
    }
}
