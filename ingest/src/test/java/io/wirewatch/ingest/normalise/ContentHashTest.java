package io.wirewatch.ingest.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.wirewatch.events.Ids;

class ContentHashTest {

    @Test
    void ignoresWhitespaceLayoutAndUnicodeComposition() {
        String composed = "Die Brücke ist gesperrt.\n\nDer Verkehr staut sich.";
        String decomposedAndReflowed = "  Die Bru\u0308cke   ist gesperrt. Der\tVerkehr staut sich.\n";

        assertThat(ContentHash.of(decomposedAndReflowed)).isEqualTo(ContentHash.of(composed));
        assertThat(ContentHash.of(composed)).isEqualTo(Ids.hash("Die Brücke ist gesperrt. Der Verkehr staut sich."));
    }

    @Test
    void aChangedWordChangesTheHash() {
        assertThat(ContentHash.of("Die Brücke ist gesperrt.")).isNotEqualTo(ContentHash.of("Die Brücke ist frei."));
    }
}
