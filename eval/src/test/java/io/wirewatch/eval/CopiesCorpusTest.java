package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.wirewatch.processor.ProcessorConfig;

/**
 * The bundled corpus through the real processor topology, held to the targets of issue 4 that the
 * processor meets today. Story recall is a regression floor, NOT the target: the evidence story matcher
 * joins most independent reports of one event but not all (see the printed figures).
 */
class CopiesCorpusTest {

    private static final CopiesCorpus CORPUS = CopiesCorpus.bundled();

    @Test
    void theCorpusHasEveryVariantTheIssueListsInBothLanguages() {
        List<CopiesCorpusArticle> articles = CORPUS.articles();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(120);
        assertThat(articles).extracting(a -> a.article().language()).contains("de", "en");
        assertThat(articles).extracting(CopiesCorpusArticle::note).anySatisfy(n -> assertThat(n).contains("new headline"))
                .anySatisfy(n -> assertThat(n).contains("new lead sentence"))
                .anySatisfy(n -> assertThat(n).contains("cut ending"))
                .anySatisfy(n -> assertThat(n).contains("added local paragraph"))
                .anySatisfy(n -> assertThat(n).contains("portal navigation"))
                .anySatisfy(n -> assertThat(n).contains("Swiss spelling"))
                .anySatisfy(n -> assertThat(n).contains("quotation marks"))
                .anySatisfy(n -> assertThat(n).contains("teaser"))
                .anySatisfy(n -> assertThat(n).contains("update of the original"))
                .anySatisfy(n -> assertThat(n).contains("independent report"))
                .anySatisfy(n -> assertThat(n).contains("same portal template"))
                .anySatisfy(n -> assertThat(n).contains("same speaker"))
                .anySatisfy(n -> assertThat(n).contains("same topic"));
    }

    @Test
    void publicationOrderMeetsTheCopyTargetsWithoutFalseStoryMerges() {
        CopiesEvaluation result = evaluate(CopiesArrivalOrder.realistic(CORPUS.articles()), "publication order");

        assertThat(result.copies().precision()).as("copies precision (target 1.0)").isEqualTo(1.0);
        assertThat(result.copies().recall()).as("copies recall (target 0.98)").isGreaterThanOrEqualTo(0.98);
        assertThat(result.copiesAri()).as("copies ARI (NEWS-COPY best published: 0.74-0.78)").isGreaterThan(0.78);
        assertThat(result.falseStoryMerges()).as("false story merges (target 0)").isZero();
        assertThat(result.stories().precision()).as("story precision").isEqualTo(1.0);
        assertThat(result.stories().recall()).as("story recall: regression floor, the 0.97 F1 aim is not met")
                .isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void anyArrivalOrderKeepsPrecisionAndMakesNoFalseStoryMerges() {
        for (long seed : new long[] {1, 2, 3}) {
            CopiesEvaluation result = evaluate(CopiesArrivalOrder.shuffled(CORPUS.articles(), seed), "shuffled, seed " + seed);
            assertThat(result.copies().precision()).as("copies precision, seed " + seed).isEqualTo(1.0);
            assertThat(result.falseStoryMerges()).as("false story merges, seed " + seed).isZero();
            // A copy that arrives before its original is revised once the original arrives (publication times
            // decide), so a shuffled order ends with the copy groups of publication order.
            assertThat(result.copies().recall()).as("copies recall, seed " + seed).isEqualTo(1.0);
        }
    }

    private static CopiesEvaluation evaluate(List<CopiesArrivalOrder.Arrival> arrivals, String order) {
        Map<String, CopiesPrediction> predictions = CopiesRun.run(arrivals, ProcessorConfig.defaults());
        CopiesEvaluation result = CopiesEvaluation.score(CORPUS.articles(), predictions);
        System.out.printf(Locale.ROOT, "copies corpus, %s: copies P %.4f R %.4f F1 %.4f ARI %.4f | stories P %.4f R %.4f F1 %.4f ARI %.4f | false story merges %d%n",
                order, result.copies().precision(), result.copies().recall(), result.copies().f1(), result.copiesAri(),
                result.stories().precision(), result.stories().recall(), result.stories().f1(), result.storiesAri(),
                result.falseStoryMerges());
        return result;
    }
}
