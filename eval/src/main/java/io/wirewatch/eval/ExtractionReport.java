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
 * @param halves         the figures of the tuned and the untuned half when a halves file was given, else empty
 */
public record ExtractionReport(String format, int pages, double precision, double recall, double f1,
                               double pagesPerSecond, List<Page> worst, List<Part> halves) {

    public ExtractionReport {
        worst = List.copyOf(worst);
        halves = List.copyOf(halves);
    }

    /**
     * The figures of one half of the corpus.
     *
     * @param half "tuned" or "untuned"
     */
    public record Part(String half, int pages, double precision, double recall, double f1) {
    }

    /**
     * A page's own score.
     *
     * @param id    the page's name in the corpus
     * @param url   its original URL, or ""
     * @param score per-page F1 (shingle corpora) or share of right snippet decisions
     * @param half  "tuned" or "untuned" when a halves file was given, else ""
     */
    public record Page(String id, String url, double score, String half) {
    }

    void print(PrintWriter out) {
        out.printf(Locale.ROOT, "format     %s%n", format);
        out.printf(Locale.ROOT, "pages      %d%n", pages);
        out.printf(Locale.ROOT, "precision  %.4f%n", precision);
        out.printf(Locale.ROOT, "recall     %.4f%n", recall);
        out.printf(Locale.ROOT, "F1         %.4f%n", f1);
        out.printf(Locale.ROOT, "pages/s    %.1f%n", pagesPerSecond);
        if (!halves.isEmpty()) {
            out.printf(Locale.ROOT, "%-8s %5s %9s %9s %9s%n", "half", "pages", "precision", "recall", "F1");
            for (Part part : halves) {
                out.printf(Locale.ROOT, "%-8s %5d %9.4f %9.4f %9.4f%n", part.half(), part.pages(), part.precision(),
                        part.recall(), part.f1());
            }
            out.printf(Locale.ROOT, "%-8s %5d %9.4f %9.4f %9.4f%n", "whole", pages, precision, recall, f1);
        }
        out.println("worst pages:");
        for (Page page : worst) {
            out.printf(Locale.ROOT, "  %.3f  %s%s  %s%n", page.score(), page.half().isEmpty() ? "" : page.half() + "  ",
                    page.id(), page.url());
        }
    }
}
