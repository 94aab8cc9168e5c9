package io.wirewatch.processor.story;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class QuoteScannerTest {

    private static Set<String> keys(int quoteWords, String text) {
        Set<String> keys = new LinkedHashSet<>();
        new QuoteScanner(quoteWords).addKeys(text, keys);
        return keys;
    }

    @Test
    void everyRunOfQuoteWordsInsideAQuotationIsAKeyNormalisedAsForCopies() {
        assertThat(keys(3, "Kirby sagte: „Nordkorea hat Russland Raketen geliefert“, hieß es."))
                .containsExactly("q:nordkorea hat russland", "q:hat russland raketen", "q:russland raketen geliefert");
    }

    @Test
    void aQuoteShorterThanTenCharactersOrWithoutClosingMarkIsNone() {
        assertThat(keys(2, "Er rief „zu kurz“ und ging.")).isEmpty();
        assertThat(keys(2, "Sie sagte „ein langes Zitat ohne Ende")).isEmpty();
    }

    @Test
    void theLowDoubleMarkOnlyOpensAQuote() {
        assertThat(keys(2, "„erstes Zitat hier„ zweites Zitat dort“"))
                .as("the second „ opens the quote that “ closes")
                .containsExactly("q:zweites zitat", "q:zitat dort");
    }

    @Test
    void aKeyNeedsAtLeastTwoWords() {
        assertThatThrownBy(() -> new QuoteScanner(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2 words");
    }
}
