package io.wirewatch.bench.processor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.wirewatch.events.Article;

/**
 * The cost of a quote carried by many reports: feeds N exact copies (default 24,000) of one article with two
 * quotes, from 500 outlets a second apart, into the whole processor topology ({@link ProcessorUnderTest}), and
 * prints per quarter the time per article and the largest claim record published so far. A claim that listed
 * every article it appears in grew by some 13 bytes per copy and was copied and rewritten whole for each: time
 * per article that grows with the quote's reports, and a record that reaches the broker's 1 MB message limit
 * at some 80,000 copies. A capped list keeps both flat.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.wirewatch.bench.processor.ClaimGrowthProbe [COPIES]}
 */
public final class ClaimGrowthProbe {

    private static final Instant START = Instant.parse("2026-03-01T00:00:00Z");
    private static final int OUTLETS = 500;
    private static final String TEXT = """
            BERLIN (wwa) - Die Bundesregierung hat am Montag ein weiteres Hilfspaket für den Winter angekündigt.

            „Wir werden die Familien in diesem Winter nicht allein lassen“, sagte Regierungssprecherin Anna Beck am Montag in Berlin.

            Die Opposition hält das Paket für zu klein. „Das reicht bei weitem nicht aus“, sagte Fraktionschef Jonas Ritter.""";

    private ClaimGrowthProbe() {
    }

    public static void main(String[] args) {
        int copies = args.length > 0 ? Integer.parseInt(args[0]) : 24_000;
        int quarter = Math.max(1, copies / 4);
        int largest = 0;
        try (ProcessorUnderTest processor = new ProcessorUnderTest()) {
            long start = System.nanoTime();
            long from = start;
            for (int i = 0; i < copies; i++) {
                Instant at = START.plusSeconds(i);
                processor.process(new Article(Article.SCHEMA_VERSION, "copy-" + i, 1, "quelle-" + (i % OUTLETS), null, null,
                        "Hilfspaket für den Winter", TEXT, "de", List.of(), at, at, "same-text"));
                for (String record : processor.claimRecords()) {
                    largest = Math.max(largest, record.substring(record.indexOf('\t') + 1).getBytes(StandardCharsets.UTF_8).length);
                }
                processor.drainOutputs();
                if ((i + 1) % quarter == 0) {
                    long now = System.nanoTime();
                    System.out.printf(Locale.ROOT, "copies %,d to %,d: %.2f ms per article; largest claim record so far %,d bytes%n",
                            i + 2 - quarter, i + 1, (now - from) / 1e6 / quarter, largest);
                    from = now;
                }
            }
            System.out.printf(Locale.ROOT, "%,d copies in %.1f s%n", copies, (System.nanoTime() - start) / 1e9);
        }
    }
}
