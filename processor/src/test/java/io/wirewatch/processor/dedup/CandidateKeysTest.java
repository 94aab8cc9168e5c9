package io.wirewatch.processor.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wirewatch.processor.Fixtures;

class CandidateKeysTest {

    private final Shingles shingles = new Shingles(5);
    private final CandidateKeys keys = new CandidateKeys(128, 32);

    private long[] of(String fixture) {
        return shingles.of(TextNormaliser.lines(Fixtures.text(fixture)));
    }

    @Test
    void keysAreStableAcrossInstances() {
        long[] text = of("bahn-original");
        assertThat(new CandidateKeys(128, 32).keys(text)).isEqualTo(keys.keys(text));
    }

    @Test
    void nearCopiesShareBandKeys() {
        List<String> original = keys.keys(of("bahn-original"));
        List<String> copy = keys.keys(of("bahn-neuer-einstieg"));

        assertThat(copy.stream().filter(k -> k.startsWith("b")).filter(original::contains)).isNotEmpty();
    }

    @Test
    void everyAnchorOfATeaserIsAnAnchorOfTheFullText() {
        List<String> full = keys.keys(of("bahn-original"));
        List<String> teaserAnchors = keys.keys(of("bahn-teaser")).stream().filter(k -> k.startsWith("a:")).toList();

        assertThat(teaserAnchors).isNotEmpty();
        assertThat(full).containsAll(teaserAnchors);
    }

    @Test
    void unrelatedTextsShareNoBand() {
        List<String> housing = keys.keys(of("regierung-wohnungsbau"));
        List<String> zoo = keys.keys(of("kurz-zoo"));

        assertThat(zoo.stream().filter(k -> k.startsWith("b")).filter(housing::contains)).isEmpty();
    }

    @Test
    void bandsMustDivideTheSignature() {
        assertThatThrownBy(() -> new CandidateKeys(128, 30)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void minHashAgreementEstimatesJaccard() {
        MinHash minHash = new MinHash(128);
        long[] a = of("bahn-original");
        long[] b = of("bahn-gekuerzt");
        long[] sa = minHash.signature(a);
        long[] sb = minHash.signature(b);
        int agree = 0;
        for (int i = 0; i < sa.length; i++) {
            agree += sa[i] == sb[i] ? 1 : 0;
        }
        assertThat((double) agree / sa.length).isCloseTo(CopyVerifier.jaccard(a, b), org.assertj.core.data.Offset.offset(0.15));
    }
}
