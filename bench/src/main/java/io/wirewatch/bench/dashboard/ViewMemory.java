package io.wirewatch.bench.dashboard;

import java.time.Clock;

import io.wirewatch.dashboard.view.Views;

/**
 * Heap taken by a full view, per story and per article: fills views of {@code N} stories with one and
 * with three articles each (and claims in one story in ten), and compares the live heap after full
 * collections. Run with a fixed heap, e.g.
 * {@code java -Xms2g -Xmx2g -cp bench/target/benchmarks.jar io.wirewatch.bench.dashboard.ViewMemory 100000}.
 */
public final class ViewMemory {

    private ViewMemory() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Clock clock = Clock.systemUTC();
        long base = liveHeap();
        long one = measure(clock, n, 1, false) - base;
        long three = measure(clock, n, 3, false) - base;
        long withClaims = measure(clock, n, 3, true) - base;
        double perArticle = (three - one) / (2.0 * n);
        double perStory = one / (double) n - perArticle;
        double perClaim = (withClaims - three) / (n / 10.0);
        System.out.printf("stories: %d%n", n);
        System.out.printf("1 article/story: %.1f MB; 3 articles/story: %.1f MB; with claims: %.1f MB%n",
                one / 1e6, three / 1e6, withClaims / 1e6);
        System.out.printf("per story (without articles): %.0f bytes; per article: %.0f bytes; per claim: %.0f bytes%n",
                perStory, perArticle, perClaim);
    }

    private static long measure(Clock clock, int n, int articles, boolean claims) {
        Views views = ViewFiller.empty(clock, n);
        ViewFiller.fill(views, clock, n, articles, claims);
        long used = liveHeap();
        if (views.storyCount() != n) {
            throw new IllegalStateException("expected " + n + " stories, found " + views.storyCount());
        }
        return used;
    }

    private static long liveHeap() {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }
}
