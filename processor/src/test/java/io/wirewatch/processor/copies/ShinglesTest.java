package io.wirewatch.processor.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ShinglesTest {

    private final Shingles shingles = new Shingles(5);

    @Test
    void aLineOfNWordsHasNMinusFourShinglesInTextOrder() {
        long[] hashes = shingles.ofLine("die bahn erhöht zum fahrplanwechsel die preise");

        assertThat(hashes).hasSize(3).doesNotHaveDuplicates();
        assertThat(shingles.ofLine("bahn erhöht zum fahrplanwechsel die")).containsExactly(hashes[1]);
    }

    @Test
    void theSameFiveWordsShareAShingleWhereverTheyStand() {
        long[] a = shingles.ofLine("am montag sagte der sprecher des ministeriums in berlin");
        long[] b = shingles.ofLine("der sprecher des ministeriums in berlin widersprach");

        assertThat(a).containsAnyOf(b);
        assertThat(shingles.of(List.of("am montag sagte der sprecher des ministeriums in berlin",
                "der sprecher des ministeriums in berlin widersprach"))).hasSize(a.length + b.length - 2);
    }

    @Test
    void wordOrderAndWordBoundariesCount() {
        assertThat(shingles.ofLine("eins zwei drei vier fünf")).doesNotContain(shingles.ofLine("zwei eins drei vier fünf"));
        assertThat(shingles.ofLine("ab cd")).doesNotContain(shingles.ofLine("a bcd"));
        assertThat(shingles.ofLine("ab cd")).doesNotContain(shingles.ofLine("abcd"));
    }

    @Test
    void aShortLineIsOneShingleOfAllItsWords() {
        assertThat(shingles.ofLine("kurz gemeldet")).hasSize(1);
        assertThat(shingles.ofLine("kurz gemeldet")).doesNotContain(shingles.ofLine("kurz"));
        assertThat(shingles.ofLine("")).isEmpty();
    }

    @Test
    void setsAreSortedAndDistinct() {
        long[] set = shingles.of(List.of("eins zwei drei vier fünf sechs", "eins zwei drei vier fünf sechs", "kurz"));

        assertThat(set).hasSize(3).isSorted();
    }
}
