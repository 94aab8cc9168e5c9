package io.wirewatch.processor.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.junit.jupiter.api.Test;

/**
 * Precision and recall of {@link ClaimExtractor} over the hand-annotated sentences in
 * {@code claims/annotated-sentences.tsv}. Each sentence is extracted on its own, so surname
 * resolution is not involved here (that is covered in {@link ClaimExtractorTest}).
 */
class ClaimEvaluationTest {

    private record Annotated(String language, boolean claim, String speaker, String sentence) {
    }

    private final ClaimExtractor extractor = new ClaimExtractor();

    @Test
    void precisionAndRecallOnAnnotatedSentences() throws IOException {
        List<Annotated> annotated = load();
        int truePositives = 0;
        int falsePositives = 0;
        int falseNegatives = 0;
        int speakersRight = 0;
        List<String> errors = new ArrayList<>();
        for (Annotated a : annotated) {
            List<ExtractedClaim> claims = extractor.extract(a.sentence(), a.language());
            boolean predicted = !claims.isEmpty();
            if (predicted && a.claim()) {
                truePositives++;
                String speaker = claims.get(0).speaker();
                if (Objects.equals(speaker == null ? "" : speaker, a.speaker())) {
                    speakersRight++;
                } else {
                    errors.add("speaker " + speaker + " (expected " + a.speaker() + "): " + a.sentence());
                }
            } else if (predicted) {
                falsePositives++;
                errors.add("false positive: " + a.sentence());
            } else if (a.claim()) {
                falseNegatives++;
                errors.add("missed: " + a.sentence());
            }
        }
        double precision = truePositives / (double) (truePositives + falsePositives);
        double recall = truePositives / (double) (truePositives + falseNegatives);
        System.out.printf("claim evaluation: %d sentences, precision %.3f, recall %.3f, speaker accuracy %.3f%n",
                annotated.size(), precision, recall, speakersRight / (double) truePositives);
        errors.forEach(e -> System.out.println("  " + e));

        assertThat(annotated).hasSizeGreaterThanOrEqualTo(80);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(0.9);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(0.85);
    }

    private static List<Annotated> load() throws IOException {
        List<Annotated> rows = new ArrayList<>();
        try (InputStream in = ClaimEvaluationTest.class.getResourceAsStream("/claims/annotated-sentences.tsv")) {
            assertThat(in).as("annotated-sentences.tsv on the test classpath").isNotNull();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                assertThat(columns).as("4 columns in: " + line).hasSize(4);
                rows.add(new Annotated(columns[0], columns[1].equals("1"), columns[2], columns[3]));
            }
        }
        return rows;
    }
}
