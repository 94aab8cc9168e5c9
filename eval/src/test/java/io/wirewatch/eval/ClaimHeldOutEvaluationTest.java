package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wirewatch.processor.claims.ClaimExtractor;

/**
 * The claim extractor against the held-out set {@code eval/claims-held-out.tsv}, which was written
 * independently of the extractor's patterns. Asserts the targets of issue 5.
 */
class ClaimHeldOutEvaluationTest {

    @Test
    void meetsPrecisionAndRecallTargetsOnHeldOutSentences() throws IOException {
        List<ClaimAnnotation> annotations;
        try (InputStream in = getClass().getResourceAsStream("/eval/claims-held-out.tsv")) {
            assertThat(in).as("claims-held-out.tsv on the test classpath").isNotNull();
            annotations = ClaimAnnotationReader.read(
                    new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), "claims-held-out.tsv");
        }
        ClaimExtractor extractor = new ClaimExtractor();
        ClaimScores scores = new ClaimScorer(extractor::extract).score(annotations);
        scores.errors().forEach(e -> System.out.println("  " + e));

        assertThat(annotations).hasSizeGreaterThanOrEqualTo(150);
        assertThat(scores.overall().precision()).as("precision").isGreaterThanOrEqualTo(0.9);
        assertThat(scores.overall().recall()).as("recall").isGreaterThanOrEqualTo(0.85);
    }
}
