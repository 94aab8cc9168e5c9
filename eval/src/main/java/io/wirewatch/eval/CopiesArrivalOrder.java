package io.wirewatch.eval;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The order and the record times in which the corpus articles reach the processor.
 */
public final class CopiesArrivalOrder {

    /** Spacing of shuffled arrivals: all of them land well inside one copy window. */
    static final Duration SHUFFLED_SPACING = Duration.ofSeconds(10);

    private CopiesArrivalOrder() {
    }

    /** An article and the record time at which it arrives. */
    public record Arrival(CopiesCorpusArticle entry, Instant recordTime) {
    }

    /**
     * As on a live feed: in publication order, each read when published (ties in file order, so the run is
     * reproducible).
     */
    public static List<Arrival> realistic(List<CopiesCorpusArticle> articles) {
        return articles.stream()
                .sorted(Comparator.comparing((CopiesCorpusArticle a) -> a.article().eventTime())
                        .thenComparing(CopiesCorpusArticle::file))
                .map(a -> new Arrival(a, a.article().eventTime()))
                .toList();
    }

    /**
     * As in a backfill: every article arrives in a random order given by the seed, ten seconds apart from
     * the start of the earliest publication, publication times unchanged. A copy may arrive before its
     * original, an update before the version it corrects.
     */
    public static List<Arrival> shuffled(List<CopiesCorpusArticle> articles, long seed) {
        List<CopiesCorpusArticle> order = new ArrayList<>(articles);
        order.sort(Comparator.comparing(CopiesCorpusArticle::file));
        Collections.shuffle(order, new Random(seed));
        Instant start = articles.stream().map(a -> a.article().eventTime()).min(Comparator.naturalOrder()).orElseThrow();
        List<Arrival> arrivals = new ArrayList<>(order.size());
        for (int i = 0; i < order.size(); i++) {
            arrivals.add(new Arrival(order.get(i), start.plus(SHUFFLED_SPACING.multipliedBy(i))));
        }
        return arrivals;
    }
}
