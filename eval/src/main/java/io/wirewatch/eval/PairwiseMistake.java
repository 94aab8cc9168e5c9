package io.wirewatch.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One wrongly grouped pair: {@code merged} when the prediction put together what the gold labels keep
 * apart, otherwise {@code split}.
 */
public record PairwiseMistake(String first, String second, boolean merged) {

    /** Every wrong pair, merged ones first, each in item order. O(items²): meant for corpora, not streams. */
    public static List<PairwiseMistake> all(List<String> items, Map<String, String> gold, Map<String, String> predicted) {
        List<PairwiseMistake> merged = new ArrayList<>();
        List<PairwiseMistake> split = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            for (int j = i + 1; j < items.size(); j++) {
                String a = items.get(i);
                String b = items.get(j);
                boolean sameGold = gold.get(a).equals(gold.get(b));
                boolean samePredicted = predicted.get(a).equals(predicted.get(b));
                if (samePredicted && !sameGold) {
                    merged.add(new PairwiseMistake(a, b, true));
                } else if (sameGold && !samePredicted) {
                    split.add(new PairwiseMistake(a, b, false));
                }
            }
        }
        merged.addAll(split);
        return merged;
    }
}
