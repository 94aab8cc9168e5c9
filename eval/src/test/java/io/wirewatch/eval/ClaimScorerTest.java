package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wirewatch.processor.claims.ExtractedClaim;

class ClaimScorerTest {

    private static final String FIXTURE = """
            # passage lang claim speaker kind hedged sentence
            p1\tde\t1\tMark Brenner;Brenner\tdirect\t0\t„Das ist ernst“, sagte Brenner.
            p1\tde\t1\tder Sprecher\tindirect\t1\tDer Sprecher sagte, es solle Raketen geben.
            p1\tde\t0\t\t-\t0\tDie Sitzung endete am Abend.
            p2\ten\t1\tofficials\tindirect\t0\tOfficials said the talks failed.
            """;

    /** Claims for the first two sentences of p1 only: one right, one of the wrong kind and speaker. */
    private static List<ExtractedClaim> stand_in(String text, String language) {
        if (!language.equals("de")) {
            return List.of();
        }
        int second = text.indexOf("Der Sprecher");
        return List.of(
                new ExtractedClaim("first", 0, second - 1, "brenner", "sagte", true, false),
                new ExtractedClaim("second", second, second + 10, "Kirby", "sagte", true, true));
    }

    @Test
    void countsOverallAndPerKindAndChecksSpeakers() throws IOException {
        ClaimScores scores = new ClaimScorer(ClaimScorerTest::stand_in).score(read(FIXTURE));

        assertThat(scores.sentences()).isEqualTo(4);
        assertThat(scores.overall()).isEqualTo(new ClaimCounts(2, 0, 1));
        assertThat(scores.direct()).isEqualTo(new ClaimCounts(1, 1, 0));
        assertThat(scores.indirect()).isEqualTo(new ClaimCounts(0, 0, 2));
        assertThat(scores.speakersRight()).isEqualTo(1);
        assertThat(scores.hedgesRight()).isEqualTo(2);
        assertThat(scores.overall().precision()).isEqualTo(1.0);
        assertThat(scores.overall().recall()).isEqualTo(2 / 3.0);
        assertThat(scores.errors()).anyMatch(e -> e.startsWith("missed indirect p2"))
                .anyMatch(e -> e.startsWith("speaker 'Kirby'"));
    }

    @Test
    void speakersCompareWithoutCaseAndLeadingArticle() {
        assertThat(ClaimScorer.sameSpeaker("Sprecher", List.of("der Sprecher"))).isTrue();
        assertThat(ClaimScorer.sameSpeaker("The Pentagon", List.of("pentagon"))).isTrue();
        assertThat(ClaimScorer.sameSpeaker("Brenner Hilfe", List.of("Mark Brenner", "Brenner"))).isFalse();
        assertThat(ClaimScorer.sameSpeaker(null, List.of("Brenner"))).isFalse();
    }

    @Test
    void rejectsRowsWithoutTheDocumentedColumns() {
        assertThatThrownBy(() -> read("p1\tde\t1\tX\tdirect\t0\n"))
                .isInstanceOf(ClaimAnnotationFormatException.class).hasMessageContaining("fixture:1");
        assertThatThrownBy(() -> read("p1\tde\t1\tX\t-\t0\tSatz.\n"))
                .isInstanceOf(ClaimAnnotationFormatException.class).hasMessageContaining("kind");
    }

    private static List<ClaimAnnotation> read(String tsv) throws IOException {
        return ClaimAnnotationReader.read(new BufferedReader(new StringReader(tsv)), "fixture");
    }
}
