package io.wirewatch.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import io.wirewatch.events.Json;
import io.wirewatch.processor.ProcessorConfig;
import io.wirewatch.processor.story.EventSimilarity;

/** {@code wirewatch eval stories PAIRS.json...}: story joining of independent reports scored on labelled pairs. */
@Command(name = "stories", mixinStandardHelpOptions = true,
        description = {
                "Scores story joining on labelled article pairs (SemEval-2022 Task 8 layout: PAIRS.json with",
                "a, b, overall, label = same|related|different, documents in docs/ beside it). Every document",
                "goes through the processor topology in file-name order without publication times; a pair is",
                "joined when both documents end in one story. Prints same pairs joined, different pairs merged,",
                "related pairs joined, per half when --halves is given, the distribution of the pairwise event",
                "score per label and the curve of joined against merged pairs over its threshold."})
public final class StoriesEvalCommand implements Callable<Integer> {

    static final double[] CURVE = {0.04, 0.06, 0.08, 0.10, 0.12, 0.14, 0.16, 0.18, 0.20, 0.25, 0.30};

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PAIRS.json", description = "Pairs files (e.g. pairs.json and pairs-de-en.json).")
    List<Path> pairsFiles;

    @Option(names = {"--halves", "--untuned"}, paramLabel = "FILE",
            description = {"A halves file (one list of untuned ids per corpus, e.g. untuned-half.json; a pair's id is",
                    "'<a>_<b>'): report the tuned half, the untuned half and the whole. --untuned is an alias."})
    Path halvesFile;

    @Option(names = {"--corpus", "--untuned-key"}, paramLabel = "KEY",
            description = "The corpus's key in the halves file (default: the first of the pairs file's folder's and its"
                    + " parents' names that is one).")
    String corpus;

    @Option(names = "--json", description = "Print one JSON line instead of the human-readable report.")
    boolean json;

    @CommandLine.Mixin
    ProcessorSettingsOption processorSettings;

    @Override
    public Integer call() {
        ProcessorConfig settings = processorSettings.settings();
        List<StoryPairs> files = pairsFiles.stream().map(StoryPairs::load).toList();
        Map<StoryPairs, CorpusHalves> halves = new HashMap<>();
        if (halvesFile != null) {
            for (StoryPairs file : files) {
                halves.put(file, readHalves(file));
            }
        }
        boolean split = halvesFile != null;
        Map<StoryPairs, List<StoriesEvaluation.ScoredPair>> scored = StoriesEvaluation.score(files, halves, settings);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            List<Object> lines = new ArrayList<>();
            scored.forEach((file, pairs) -> lines.add(jsonOf(file, pairs, split)));
            out.println(Json.write(Map.of("decisionScore", EventSimilarity.WITH_ANCHOR, "files", lines)));
        } else {
            scored.forEach((file, pairs) -> print(out, file, pairs, split));
        }
        out.flush();
        return 0;
    }

    private CorpusHalves readHalves(StoryPairs file) {
        try {
            return CorpusHalves.read(halvesFile, corpus, file.file().toAbsolutePath().getParent());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        } catch (IOException e) {
            throw new CopiesCorpusException(halvesFile.toString(), "cannot read the halves file", e);
        }
    }

    private static List<String> halves(boolean split) {
        return split ? List.of(StoriesEvaluation.TUNED, StoriesEvaluation.UNTUNED, StoriesEvaluation.ALL) : List.of(StoriesEvaluation.ALL);
    }

    private static Predicate<StoriesEvaluation.ScoredPair> in(String half) {
        return p -> half.equals(StoriesEvaluation.ALL) || half.equals(p.half());
    }

    private static void print(PrintWriter out, StoryPairs file, List<StoriesEvaluation.ScoredPair> pairs, boolean split) {
        out.printf("%s: %d pairs, documents in %s (file-name order, no publication times)%n", file.file(), pairs.size(), file.docs());
        out.println("joined by the processor   same joined      different merged   related joined");
        for (String half : halves(split)) {
            List<StoriesEvaluation.ScoredPair> of = pairs.stream().filter(in(half)).toList();
            out.printf(Locale.ROOT, "  %-22s %-16s %-18s %s%n", half, ratio(of, "same", true), ratio(of, "different", true), ratio(of, "related", true));
        }
        out.printf(Locale.ROOT, "pairwise event score (joins at >= %.2f; U = untuned half), per label, descending:%n", EventSimilarity.WITH_ANCHOR);
        for (String label : List.of("same", "related", "different")) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-9s", label));
            pairs.stream().filter(p -> p.pair().label().equals(label))
                    .sorted((x, y) -> Double.compare(y.score(), x.score()))
                    .forEach(p -> line.append(String.format(Locale.ROOT, " %.3f%s", p.score(), StoriesEvaluation.UNTUNED.equals(p.half()) ? "U" : "")));
            out.println(line);
        }
        out.println("curve: pairs with score >= threshold (same joined / different merged / related joined)");
        for (String half : halves(split)) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-8s", half));
            List<StoriesEvaluation.ScoredPair> of = pairs.stream().filter(in(half)).toList();
            for (double threshold : CURVE) {
                line.append(String.format(Locale.ROOT, "  %.2f: %d/%d/%d", threshold, above(of, "same", threshold),
                        above(of, "different", threshold), above(of, "related", threshold)));
            }
            out.println(line);
        }
        out.println("same pairs not joined and different pairs merged (processor), with their pairwise score:");
        pairs.stream().filter(p -> p.pair().label().equals("same") != p.joined() && !p.pair().label().equals("related"))
                .forEach(p -> out.printf(Locale.ROOT, "  %-9s %-8s %-7s %s  overall %.2f  score %.3f (topic %.3f, anchors %d, conflicts %d)%n",
                        p.joined() ? "merged" : "split", p.pair().label(), p.half(), p.pair().id(), p.pair().overall(), p.score(), p.topic(),
                        p.anchors(), p.conflicts()));
        out.println();
    }

    private static String ratio(List<StoriesEvaluation.ScoredPair> pairs, String label, boolean joined) {
        long total = pairs.stream().filter(p -> p.pair().label().equals(label)).count();
        long n = pairs.stream().filter(p -> p.pair().label().equals(label) && p.joined() == joined).count();
        return total == 0 ? "-" : String.format(Locale.ROOT, "%d/%d (%.0f%%)", n, total, 100.0 * n / total);
    }

    private static long above(List<StoriesEvaluation.ScoredPair> pairs, String label, double threshold) {
        return pairs.stream().filter(p -> p.pair().label().equals(label) && p.score() >= threshold).count();
    }

    private static Map<String, Object> jsonOf(StoryPairs file, List<StoriesEvaluation.ScoredPair> pairs, boolean split) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", file.file().toString());
        m.put("pairs", pairs.size());
        Map<String, Object> halves = new LinkedHashMap<>();
        for (String half : halves(split)) {
            List<StoriesEvaluation.ScoredPair> of = pairs.stream().filter(in(half)).toList();
            Map<String, Object> counts = new LinkedHashMap<>();
            for (String label : List.of("same", "related", "different")) {
                counts.put(label, Map.of("pairs", of.stream().filter(p -> p.pair().label().equals(label)).count(),
                        "joined", of.stream().filter(p -> p.pair().label().equals(label) && p.joined()).count()));
            }
            List<Object> curve = new ArrayList<>();
            for (double threshold : CURVE) {
                curve.add(Map.of("threshold", threshold, "same", above(of, "same", threshold),
                        "different", above(of, "different", threshold), "related", above(of, "related", threshold)));
            }
            counts.put("curve", curve);
            halves.put(half, counts);
        }
        m.put("halves", halves);
        List<Object> scores = new ArrayList<>();
        pairs.forEach(p -> scores.add(Map.of("id", p.pair().id(), "label", p.pair().label(), "half", p.half(),
                "joined", p.joined(), "score", p.score(), "topic", p.topic(), "anchors", p.anchors(), "conflicts", p.conflicts())));
        m.put("scores", scores);
        return m;
    }
}
