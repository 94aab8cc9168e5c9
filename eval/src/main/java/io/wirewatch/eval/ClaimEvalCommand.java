package io.wirewatch.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.wirewatch.events.Json;
import io.wirewatch.processor.claims.ClaimExtractor;

/** {@code wirewatch eval claims FILE.tsv}: precision and recall of the claim extractor on annotated sentences. */
@Command(name = "claims", mixinStandardHelpOptions = true,
        description = "Scores claim extraction on an annotated TSV file (passage, lang, isClaim, speaker, kind, hedged, sentence).")
public final class ClaimEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The annotated sentences (tab-separated).")
    Path file;

    @Option(names = "--json", description = "Print one JSON line instead of the human-readable report.")
    boolean json;

    @Override
    public Integer call() {
        List<ClaimAnnotation> annotations;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            annotations = ClaimAnnotationReader.read(reader, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        ClaimExtractor extractor = new ClaimExtractor();
        ClaimScores scores = new ClaimScorer(extractor::extract).score(annotations);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(Json.write(asMap(scores)));
        } else {
            print(scores, out);
        }
        out.flush();
        return 0;
    }

    private static void print(ClaimScores s, PrintWriter out) {
        out.printf("claims: %d annotated sentences%n", s.sentences());
        line(out, "overall", s.overall());
        line(out, "direct", s.direct());
        line(out, "indirect", s.indirect());
        out.printf("  speaker accuracy %.3f, hedge accuracy %.3f (of %d true positives)%n",
                s.speakerAccuracy(), s.hedgeAccuracy(), s.overall().truePositives());
        if (!s.errors().isEmpty()) {
            out.printf("errors (%d):%n", s.errors().size());
            s.errors().forEach(e -> out.println("  " + e));
        }
    }

    private static void line(PrintWriter out, String label, ClaimCounts c) {
        out.printf("  %-9s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n",
                label, c.precision(), c.recall(), c.f1(), c.truePositives(), c.falsePositives(), c.falseNegatives());
    }

    private static Map<String, Object> asMap(ClaimScores s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sentences", s.sentences());
        m.put("overall", counts(s.overall()));
        m.put("direct", counts(s.direct()));
        m.put("indirect", counts(s.indirect()));
        m.put("speakerAccuracy", s.speakerAccuracy());
        m.put("hedgeAccuracy", s.hedgeAccuracy());
        m.put("errors", s.errors());
        return m;
    }

    private static Map<String, Object> counts(ClaimCounts c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("precision", c.precision());
        m.put("recall", c.recall());
        m.put("f1", c.f1());
        m.put("tp", c.truePositives());
        m.put("fp", c.falsePositives());
        m.put("fn", c.falseNegatives());
        return m;
    }
}
