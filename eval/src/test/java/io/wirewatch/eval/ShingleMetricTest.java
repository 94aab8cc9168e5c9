package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleMetricTest {

    @Test
    void tokensAreUnicodeWordRunsSoUmlautsStayInsideAWord() {
        assertThat(ShingleMetric.tokens("Die Brücke, sagte Müller: „gesperrt“ (vorerst)."))
                .containsExactly("Die", "Brücke", "sagte", "Müller", "gesperrt", "vorerst");
    }

    @Test
    void shinglesAreOverlappingFourTokenWindowsCountedAsAMultiset() {
        assertThat(ShingleMetric.shingles("a b c d a b c d")).containsEntry("a b c d", 2).containsEntry("b c d a", 1).hasSize(4);
        assertThat(ShingleMetric.shingles("nur zwei")).containsOnlyKeys("nur zwei");
        assertThat(ShingleMetric.shingles("")).isEmpty();
    }

    @Test
    void extraBoilerplateCostsPrecisionAndMissingTextCostsRecall() {
        String article = "Der Landtag hat am Donnerstag das neue Schulgesetz mit knapper Mehrheit beschlossen";
        // 12 tokens -> 9 shingles; 3 extra tokens add 3 shingles that are not in the article
        ShingleScore withMenu = ShingleMetric.score(article, article + " Startseite Politik Wetter");

        assertThat(withMenu.precision()).isCloseTo(9.0 / 12, within(1e-9));
        assertThat(withMenu.recall()).isEqualTo(1.0);
        assertThat(withMenu.truePositives() + withMenu.falsePositives() + withMenu.falseNegatives()).isCloseTo(1.0, within(1e-9));

        ShingleScore nothing = ShingleMetric.score(article, "");
        assertThat(nothing.hasPrediction()).isFalse();
        assertThat(nothing.recall()).isZero();
    }

    @Test
    void identicalEmptyTextsArePerfect() {
        ShingleScore score = ShingleMetric.score("", "");
        assertThat(score.precision()).isEqualTo(1.0);
        assertThat(score.recall()).isEqualTo(1.0);
    }
}
