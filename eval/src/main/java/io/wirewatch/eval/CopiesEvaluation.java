package io.wirewatch.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores of the processor's copy groups and stories against the gold labels of a corpus. An article's
 * predicted copy group is the root of its {@code duplicateOf} chain (its own id for an original), so an
 * original and its updates, which share an id, form one group.
 *
 * @param articles         corpus files scored
 * @param copies           pairwise scores of copy groups
 * @param copiesAri        Adjusted Rand Index of copy groups
 * @param stories          pairwise scores of stories
 * @param storiesAri       Adjusted Rand Index of stories
 * @param falseStoryMerges predicted stories that hold articles of more than one gold story
 * @param copyMistakes     wrongly grouped pairs of copy groups
 * @param storyMistakes    wrongly grouped pairs of stories
 */
public record CopiesEvaluation(int articles, PairwiseScore copies, double copiesAri, PairwiseScore stories,
                               double storiesAri, int falseStoryMerges, List<PairwiseMistake> copyMistakes,
                               List<PairwiseMistake> storyMistakes) {

    public static CopiesEvaluation score(List<CopiesCorpusArticle> corpus, Map<String, CopiesPrediction> predictions) {
        Map<String, String> goldCopies = new LinkedHashMap<>();
        Map<String, String> goldStories = new LinkedHashMap<>();
        for (CopiesCorpusArticle a : corpus) {
            goldCopies.put(a.file(), a.copyGroup());
            goldStories.put(a.file(), a.story());
        }
        Map<String, String> predictedCopies = copyGroupRoots(predictions);
        Map<String, String> predictedStories = new LinkedHashMap<>();
        predictions.forEach((file, p) -> predictedStories.put(file, p.storyId()));
        List<String> files = List.copyOf(goldCopies.keySet());

        PairwiseContingency copyCounts = PairwiseContingency.of(goldCopies, predictedCopies);
        PairwiseContingency storyCounts = PairwiseContingency.of(goldStories, predictedStories);
        return new CopiesEvaluation(files.size(),
                PairwiseScore.of(copyCounts), AriScore.of(copyCounts),
                PairwiseScore.of(storyCounts), AriScore.of(storyCounts),
                groupsMixingGoldLabels(goldStories, predictedStories),
                PairwiseMistake.all(files, goldCopies, predictedCopies),
                PairwiseMistake.all(files, goldStories, predictedStories));
    }

    /** file → root article id of its duplicateOf chain, following each article id's latest verdict. */
    static Map<String, String> copyGroupRoots(Map<String, CopiesPrediction> predictions) {
        Map<String, String> parentOfArticle = new HashMap<>();
        predictions.values().forEach(p -> parentOfArticle.put(p.articleId(), p.duplicateOf()));
        Map<String, String> roots = new LinkedHashMap<>();
        predictions.forEach((file, p) -> {
            String id = p.duplicateOf() == null ? p.articleId() : p.duplicateOf();
            Set<String> visited = new HashSet<>();
            // the visited set guards against a cycle, which would be a processor bug, not a reason to hang
            while (parentOfArticle.get(id) != null && visited.add(id)) {
                id = parentOfArticle.get(id);
            }
            roots.put(file, id);
        });
        return roots;
    }

    static int groupsMixingGoldLabels(Map<String, String> gold, Map<String, String> predicted) {
        Map<String, Set<String>> goldLabelsPerGroup = new HashMap<>();
        predicted.forEach((item, group) -> goldLabelsPerGroup.computeIfAbsent(group, g -> new HashSet<>()).add(gold.get(item)));
        return (int) goldLabelsPerGroup.values().stream().filter(labels -> labels.size() > 1).count();
    }
}
