package io.wirewatch.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.wirewatch.events.Json;
import io.wirewatch.processor.ProcessorConfig;

/** {@code wirewatch eval copies}: copy and story detection of the processor scored on a labelled corpus. */
@Command(name = "copies", mixinStandardHelpOptions = true,
        description = {
                "Runs a labelled corpus (labels.tsv + one JSON article per file) through the processor topology",
                "with default settings and prints pairwise precision/recall/F1 and the Adjusted Rand Index for",
                "copy groups (duplicateOf chains) and for stories, the false story merges and the wrong pairs.",
                "Without DIR the corpus bundled with wirewatch is scored.",
                "With --variants-of DOCS: every report of the folder (.txt, title on the first line) gets a copy",
                "made as portals make them (two variants combined), and the copies recognised are counted."})
public final class CopiesEvalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Corpus directory (default: the bundled corpus).")
    Path dir;

    @Option(names = "--json", description = "Print one JSON line instead of the human-readable report.")
    boolean json;

    @Option(names = "--shuffle", paramLabel = "SEED",
            description = "Feed the articles in a random order (a backfill) given by SEED instead of publication order.")
    Long shuffleSeed;

    @Option(names = "--variants-of", paramLabel = "DOCS",
            description = "Score copies made of these real reports instead of a labelled corpus (e.g. a SemEval docs folder).")
    Path variantsOf;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "With --variants-of: draws the variants and the copies' publication times (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--pairs", paramLabel = "N", defaultValue = "30",
            description = "Wrong pairs listed per kind in the human-readable report (default: ${DEFAULT-VALUE}).")
    int pairsShown;

    @CommandLine.Mixin
    ProcessorSettingsOption processorSettings;

    @Override
    public Integer call() {
        ProcessorConfig settings = processorSettings.settings();
        if (variantsOf != null) {
            if (dir != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "give either DIR or --variants-of, not both");
            }
            return variantsOfRealText(settings);
        }
        CopiesCorpus corpus = dir == null ? CopiesCorpus.bundled() : CopiesCorpus.load(dir);
        List<CopiesArrivalOrder.Arrival> arrivals = shuffleSeed == null
                ? CopiesArrivalOrder.realistic(corpus.articles())
                : CopiesArrivalOrder.shuffled(corpus.articles(), shuffleSeed);
        CopiesEvaluation result = CopiesEvaluation.score(corpus.articles(),
                CopiesRun.run(arrivals, settings));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(jsonLine(corpus, result)));
        } else {
            printReport(out, corpus, result);
        }
        out.flush();
        return 0;
    }

    private int variantsOfRealText(ProcessorConfig settings) {
        RealTextCopies.Result r = RealTextCopies.run(variantsOf, seed, shuffleSeed, settings);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("docs", variantsOf.toString());
            line.put("order", order());
            line.put("seed", seed);
            line.put("realArticles", r.real());
            line.put("copiesMade", r.made());
            line.put("copiesRecognised", r.recognised().size());
            Map<String, Object> byVariants = new LinkedHashMap<>();
            r.byVariants().forEach((kinds, count) -> byVariants.put(kinds, Map.of("recognised", count[0], "made", count[1])));
            line.put("byVariants", byVariants);
            line.put("missed", r.missed());
            line.put("realArticlesGrouped", r.realGroups());
            out.println(Json.write(line));
        } else {
            out.printf("%s: %d real reports, %d copies made of them (two variants each, seed %d), arrival order %s%n",
                    variantsOf, r.real(), r.made(), seed, order());
            out.printf(Locale.ROOT, "copies recognised as copies of their source: %d/%d (%.1f %%)%n", r.recognised().size(), r.made(),
                    r.made() == 0 ? 0.0 : 100.0 * r.recognised().size() / r.made());
            r.byVariants().forEach((kinds, count) -> out.printf("  %-40s %3d/%d%n", kinds, count[0], count[1]));
            r.missed().forEach((copy, why) -> out.printf("  missed  %s  %s%n", copy, why));
            out.printf("real reports grouped as copies of each other (genuine wire copies or false copies: read them): %d groups%n",
                    r.realGroups().size());
            r.realGroups().forEach(group -> out.printf("  %s%n", String.join("  ", group)));
        }
        out.flush();
        return 0;
    }

    private String order() {
        return shuffleSeed == null ? "publication" : "shuffled(seed=" + shuffleSeed + ")";
    }

    private void printReport(PrintWriter out, CopiesCorpus corpus, CopiesEvaluation r) {
        out.printf("corpus %s: %d articles, arrival order %s%n", corpus.location(), r.articles(), order());
        out.println(scoreLine("copies ", r.copies(), r.copiesAri()));
        out.println(scoreLine("stories", r.stories(), r.storiesAri()));
        out.printf("false story merges: %d%n", r.falseStoryMerges());
        printMistakes(out, "copies", r.copyMistakes());
        printMistakes(out, "stories", r.storyMistakes());
    }

    private static String scoreLine(String label, PairwiseScore s, double ari) {
        return String.format(Locale.ROOT, "%s  precision %.4f  recall %.4f  F1 %.4f  ARI %.4f  (pairs: %d true, %d false, %d missed)",
                label, s.precision(), s.recall(), s.f1(), ari, s.truePairs(), s.falsePairs(), s.missedPairs());
    }

    private void printMistakes(PrintWriter out, String kind, List<PairwiseMistake> mistakes) {
        if (mistakes.isEmpty()) {
            return;
        }
        out.printf("wrong %s pairs (%d, showing up to %d):%n", kind, mistakes.size(), pairsShown);
        mistakes.stream().limit(pairsShown).forEach(m -> out.printf("  %s  %s  %s%n",
                m.merged() ? "merged" : "split ", m.first(), m.second()));
    }

    private Map<String, Object> jsonLine(CopiesCorpus corpus, CopiesEvaluation r) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("corpus", corpus.location());
        line.put("articles", r.articles());
        line.put("order", order());
        line.put("copies", scores(r.copies(), r.copiesAri()));
        line.put("stories", scores(r.stories(), r.storiesAri()));
        line.put("falseStoryMerges", r.falseStoryMerges());
        line.put("wrongCopyPairs", r.copyMistakes());
        line.put("wrongStoryPairs", r.storyMistakes());
        return line;
    }

    private static Map<String, Object> scores(PairwiseScore s, double ari) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", s.precision());
        m.put("recall", s.recall());
        m.put("f1", s.f1());
        m.put("ari", ari);
        m.put("truePairs", s.truePairs());
        m.put("falsePairs", s.falsePairs());
        m.put("missedPairs", s.missedPairs());
        return m;
    }
}
