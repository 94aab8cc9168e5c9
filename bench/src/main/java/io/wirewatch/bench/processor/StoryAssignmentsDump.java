package io.wirewatch.bench.processor;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;

import io.wirewatch.app.workload.ArticleMix;
import io.wirewatch.events.Article;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.processor.ProcessorConfig;
import io.wirewatch.processor.story.AssignedArticle;

/**
 * Prints every verdict of the copy-detection stage (copy or not, story, revisions) for the benchmark's
 * article mix, so that a change to the stage's data structures can be checked to change no decision: run it
 * before and after and diff the outputs. With the default windows (copy 72 h, stories 14 d) and articles 15 s
 * apart, articles and stories leave the windows after some 17,000 and 81,000 articles, so a run of more
 * covers eviction too.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.wirewatch.bench.processor.StoryAssignmentsDump [ARTICLES] > out.txt}
 * (default 100,000).
 */
public final class StoryAssignmentsDump {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private StoryAssignmentsDump() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Iterator<Article> mix = new ArticleMix(7).stream(count, START, "dump");
        try (CopyDetectionStage stage = new CopyDetectionStage(false, ProcessorConfig.defaults())) {
            while (mix.hasNext()) {
                for (AssignedArticle verdict : stage.verdicts(mix.next())) {
                    StoryAssignment a = verdict.assignment();
                    out.println(a.articleId() + "\t" + a.articleVersion() + "\t" + a.storyId() + "\t" + a.duplicateOf() + "\t"
                            + a.reason() + "\t" + a.similarity() + "\t" + a.revision() + "\t" + a.revisedBy());
                }
            }
        }
        out.flush();
    }
}
