package io.wirewatch.bench.processor;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;

import io.wirewatch.app.workload.ArticleMix;
import io.wirewatch.events.Article;

/**
 * Prints every record the processor publishes on the claims topic for the benchmark's article mix and rules
 * ({@link ProcessorUnderTest}), key and JSON value, so that a change to the claim stage can be checked to
 * change no claim: run it before and after and diff the outputs. Unlike {@code RuleResultsDump}, which
 * checks extraction and rule matching alone, this runs the whole topology: stories, the claim store and
 * its eviction (claims leave the 14-day story window after some 81,000 articles 15 s apart).
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.wirewatch.bench.processor.ClaimRecordsDump [ARTICLES] > out.txt}
 * (default 100,000).
 */
public final class ClaimRecordsDump {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");

    private ClaimRecordsDump() {
    }

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Iterator<Article> mix = new ArticleMix(7).stream(count, START, "dump");
        try (ProcessorUnderTest processor = new ProcessorUnderTest()) {
            while (mix.hasNext()) {
                processor.process(mix.next());
                processor.claimRecords().forEach(out::println);
                processor.drainOutputs();
            }
        }
        out.flush();
    }
}
