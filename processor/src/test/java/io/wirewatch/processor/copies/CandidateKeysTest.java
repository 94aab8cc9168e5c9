package io.wirewatch.processor.copies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.stream.LongStream;

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
        long[] original = bandKeys("bahn-original");
        long[] copy = bandKeys("bahn-neuer-einstieg");

        assertThat(LongStream.of(copy).filter(k -> LongStream.of(original).anyMatch(o -> o == k))).isNotEmpty();
    }

    @Test
    void everyAnchorOfATeaserIsAnAnchorOfTheFullText() {
        long[] full = keys.keys(of("bahn-original"));
        long[] teaserAnchors = anchorKeys("bahn-teaser");

        assertThat(teaserAnchors).isNotEmpty();
        assertThat(full).contains(teaserAnchors);
    }

    @Test
    void unrelatedTextsShareNoBand() {
        long[] housing = bandKeys("regierung-wohnungsbau");
        long[] zoo = bandKeys("kurz-zoo");

        assertThat(LongStream.of(zoo).filter(k -> LongStream.of(housing).anyMatch(h -> h == k))).isEmpty();
    }

    @Test
    void oneKeyPerBandThenTheAnchors() {
        long[] text = of("bahn-original");
        long[] all = keys.keys(text);

        assertThat(keys.bands()).isEqualTo(32);
        assertThat(all).hasSize(32 + (int) LongStream.of(text).filter(s -> Math.floorMod(s, CandidateKeys.ANCHOR_MODULUS) == 0).count());
        assertThat(keys.keys(new long[0])).isEmpty();
    }

    private long[] bandKeys(String fixture) {
        return Arrays.copyOf(keys.keys(of(fixture)), keys.bands());
    }

    private long[] anchorKeys(String fixture) {
        long[] all = keys.keys(of(fixture));
        return Arrays.copyOfRange(all, keys.bands(), all.length);
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
        int[] sa = minHash.signature(a);
        int[] sb = minHash.signature(b);
        int agree = 0;
        for (int i = 0; i < sa.length; i++) {
            agree += sa[i] == sb[i] ? 1 : 0;
        }
        assertThat((double) agree / sa.length).isCloseTo(CopyVerifier.jaccard(a, b), org.assertj.core.data.Offset.offset(0.15));
    }
}
