package io.wirewatch.processor.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;

import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The cheap hash family must still make signature agreement an unbiased estimate of Jaccard similarity. */
class MinHashTest {

    @ParameterizedTest
    @ValueSource(doubles = {0.2, 0.5, 0.8})
    void agreementEstimatesJaccardOnAverage(double jaccard) {
        MinHash minHash = new MinHash(128);
        SplittableRandom random = new SplittableRandom(42);
        double total = 0;
        int trials = 200;
        for (int t = 0; t < trials; t++) {
            // |A ∩ B| = shared, |A ∪ B| = 200: Jaccard = shared / 200, shingle-sized sets of random hashes
            int shared = (int) Math.round(jaccard * 200);
            int own = (200 - shared) / 2;
            long[] common = random.longs(shared).toArray();
            long[] a = concat(common, random.longs(own).toArray());
            long[] b = concat(common, random.longs(200 - shared - own).toArray());
            int[] sa = minHash.signature(a);
            int[] sb = minHash.signature(b);
            int agree = 0;
            for (int i = 0; i < sa.length; i++) {
                agree += sa[i] == sb[i] ? 1 : 0;
            }
            total += (double) agree / sa.length;
        }
        assertThat(total / trials).isCloseTo(jaccard, Offset.offset(0.02));
    }

    /**
     * LSH needs more than unbiased positions: a band of four rows agrees with probability s<sup>4</sup>
     * only if the positions are independent. Correlated hash functions would make bands agree as often
     * as single rows (s), flooding the index with candidates, or as rarely as all rows together.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0.5, 0.8})
    void bandsOfFourRowsAgreeWithTheFourthPowerOfJaccard(double jaccard) {
        MinHash minHash = new MinHash(128);
        SplittableRandom random = new SplittableRandom(7);
        int agreeingBands = 0;
        int bands = 0;
        for (int t = 0; t < 300; t++) {
            int shared = (int) Math.round(jaccard * 200);
            int own = (200 - shared) / 2;
            long[] common = random.longs(shared).toArray();
            int[] sa = minHash.signature(concat(common, random.longs(own).toArray()));
            int[] sb = minHash.signature(concat(common, random.longs(200 - shared - own).toArray()));
            for (int band = 0; band < 32; band++) {
                boolean agree = true;
                for (int row = 0; row < 4; row++) {
                    agree &= sa[band * 4 + row] == sb[band * 4 + row];
                }
                agreeingBands += agree ? 1 : 0;
                bands++;
            }
        }
        assertThat((double) agreeingBands / bands).isCloseTo(Math.pow(jaccard, 4), Offset.offset(0.02));
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
