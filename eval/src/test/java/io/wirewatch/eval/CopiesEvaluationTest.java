package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** How processor verdicts become predicted groups. */
class CopiesEvaluationTest {

    @Test
    void aCopyGroupIsTheRootOfTheDuplicateOfChainAndAnUpdateSharesItsOriginalsGroup() {
        Map<String, CopiesPrediction> predictions = new LinkedHashMap<>();
        predictions.put("original.json", new CopiesPrediction("original.json", "A", "s1", null, "original"));
        predictions.put("copy.json", new CopiesPrediction("copy.json", "B", "s1", "A", "near-copy"));
        predictions.put("copy-of-copy.json", new CopiesPrediction("copy-of-copy.json", "C", "s1", "B", "near-copy"));
        predictions.put("update.json", new CopiesPrediction("update.json", "A", "s1", null, "original"));
        predictions.put("other.json", new CopiesPrediction("other.json", "D", "s2", null, "original"));

        assertThat(CopiesEvaluation.copyGroupRoots(predictions)).containsExactly(
                Map.entry("original.json", "A"), Map.entry("copy.json", "A"), Map.entry("copy-of-copy.json", "A"),
                Map.entry("update.json", "A"), Map.entry("other.json", "D"));
    }

    @Test
    void aFalseStoryMergeIsAPredictedStoryHoldingTwoGoldStories() {
        Map<String, String> gold = Map.of("a", "strike", "b", "strike", "c", "rates", "d", "fire", "e", "fire");
        Map<String, String> predicted = Map.of("a", "s1", "b", "s1", "c", "s1", "d", "s2", "e", "s3");
        assertThat(CopiesEvaluation.groupsMixingGoldLabels(gold, predicted)).isEqualTo(1);
    }
}
