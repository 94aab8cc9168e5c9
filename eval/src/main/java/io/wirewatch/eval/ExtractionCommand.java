package io.wirewatch.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.wirewatch.events.Json;
import io.wirewatch.ingest.extract.ArticleExtractor;

/**
 * {@code wirewatch eval extraction}: runs {@link ArticleExtractor} over a labelled corpus and prints
 * precision, recall, F1, throughput and the worst pages.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Scores article extraction on a corpus directory (Zyte benchmark, fundus or trafilatura layout).")
public final class ExtractionCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", required = true, description = "Corpus layout: zyte, fundus or trafilatura.")
    String format;

    @Option(names = "--json", description = "Print one JSON line instead of the table.")
    boolean json;

    @Option(names = "--worst", defaultValue = "10", description = "How many of the lowest-scoring pages to list (default ${DEFAULT-VALUE}).")
    int worst;

    @Option(names = "--halves", paramLabel = "FILE",
            description = "A halves file (one list of untuned page ids per corpus, e.g. untuned-half.json):"
                    + " report the tuned half, the untuned half and the whole.")
    Path halvesFile;

    @Option(names = "--corpus", paramLabel = "KEY",
            description = "The corpus's key in the halves file (default: the first of DIR's and its parents' names that is one).")
    String corpus;

    @Parameters(index = "0", paramLabel = "DIR", description = "The corpus directory.")
    Path dir;

    @Override
    public Integer call() throws IOException {
        ExtractionFormat layout = parseFormat();
        CorpusHalves halves = null;
        if (halvesFile != null) {
            try {
                halves = CorpusHalves.read(halvesFile, corpus, dir);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
        }
        ExtractionReport report = evaluate(layout, layout.load(dir), worst, halves);
        if (json) {
            spec.commandLine().getOut().println(Json.write(report));
        } else {
            report.print(spec.commandLine().getOut());
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private ExtractionFormat parseFormat() {
        try {
            return ExtractionFormat.valueOf(format.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "unknown --format '" + format + "', expected zyte, fundus or trafilatura");
        }
    }

    static ExtractionReport evaluate(ExtractionFormat layout, List<ExtractionSample> samples, int worstCount) {
        return evaluate(layout, samples, worstCount, null);
    }

    /**
     * Extracts every sample on one thread and scores it; only extraction counts towards pages/s.
     *
     * @param halves the corpus's tuned and untuned halves, or null to report the whole only
     */
    static ExtractionReport evaluate(ExtractionFormat layout, List<ExtractionSample> samples, int worstCount,
                                     CorpusHalves halves) {
        ArticleExtractor extractor = new ArticleExtractor();
        ExtractionTally tally = layout.newTally();
        Map<CorpusHalves.Half, ExtractionTally> halfTallies = new EnumMap<>(CorpusHalves.Half.class);
        Map<CorpusHalves.Half, Integer> halfPages = new EnumMap<>(CorpusHalves.Half.class);
        List<ExtractionReport.Page> pages = new ArrayList<>();
        long nanos = 0;
        for (ExtractionSample sample : samples) {
            byte[] html = read(sample.html());
            long start = System.nanoTime();
            String text = extractor.extract(html, null, sample.url()).text();
            nanos += System.nanoTime() - start;
            String half = "";
            if (halves != null) {
                CorpusHalves.Half which = halves.of(sample.id());
                halfTallies.computeIfAbsent(which, h -> layout.newTally()).add(sample.truth(), text);
                halfPages.merge(which, 1, Integer::sum);
                half = which.label();
            }
            pages.add(new ExtractionReport.Page(sample.id(), sample.url(), tally.add(sample.truth(), text), half));
        }
        List<ExtractionReport.Part> parts = new ArrayList<>();
        if (halves != null) {
            for (CorpusHalves.Half which : CorpusHalves.Half.values()) {
                ExtractionTally part = halfTallies.getOrDefault(which, layout.newTally());
                parts.add(new ExtractionReport.Part(which.label(), halfPages.getOrDefault(which, 0), part.precision(),
                        part.recall(), part.f1()));
            }
        }
        pages.sort(Comparator.comparingDouble(ExtractionReport.Page::score));
        double seconds = nanos / 1e9;
        return new ExtractionReport(layout.name().toLowerCase(Locale.ROOT), samples.size(), tally.precision(),
                tally.recall(), tally.f1(), seconds == 0 ? 0 : samples.size() / seconds,
                pages.subList(0, Math.min(worstCount, pages.size())), parts);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read corpus page " + file, e);
        }
    }
}
