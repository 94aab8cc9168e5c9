package io.wirewatch.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The figures of one extraction run.
 *
 * @param format         the corpus layout, lower case
 * @param pages          pages scored
 * @param precision      the corpus's precision
 * @param recall         the corpus's recall
 * @param f1             harmonic mean of the two
 * @param pagesPerSecond extraction throughput on one thread, page reading excluded
 * @param worst          the lowest-scoring pages, worst first
 */
public record ExtractionReport(String format, int pages, double precision, double recall, double f1,
                               double pagesPerSecond, List<Page> worst) {

    public ExtractionReport {
        worst = List.copyOf(worst);
    }

    /**
     * A page's own score.
     *
     * @param id    the page's name in the corpus
     * @param url   its original URL, or ""
     * @param score per-page F1 (shingle corpora) or share of right snippet decisions
     */
    public record Page(String id, String url, double score) {
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "format     %s%n", format);
        out.printf(Locale.ROOT, "pages      %d%n", pages);
        out.printf(Locale.ROOT, "precision  %.4f%n", precision);
        out.printf(Locale.ROOT, "recall     %.4f%n", recall);
        out.printf(Locale.ROOT, "F1         %.4f%n", f1);
        out.printf(Locale.ROOT, "pages/s    %.1f%n", pagesPerSecond);
        out.println("worst pages:");
        for (Page page : worst) {
            out.printf(Locale.ROOT, "  %.3f  %s  %s%n", page.score(), page.id(), page.url());
        }
    }
}
