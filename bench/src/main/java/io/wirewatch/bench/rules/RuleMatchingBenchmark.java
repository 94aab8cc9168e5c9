package io.wirewatch.bench.rules;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.Presearcher;
import org.apache.lucene.monitor.TermFilteredPresearcher;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.ThreadParams;

import io.wirewatch.app.workload.ArticleGenerator;
import io.wirewatch.app.workload.NewsArticleGenerator;
import io.wirewatch.app.workload.RuleGenerator;
import io.wirewatch.processor.claims.ClaimExtractor;
import io.wirewatch.processor.claims.ExtractedClaim;
import io.wirewatch.processor.rules.RuleMatcher;

/**
 * Issue 5 target: at least 2,000 articles/s with 10,000 rules on the 2-core machine.
 * One operation is one whole article: claim extraction, then rule matching.
 *
 * <ul>
 *   <li>{@code perArticle}: what the topology does per article: claim extraction, then one
 *       {@code matchEach} call over all claim sentences (every claim is new here), on one thread.</li>
 *   <li>{@code perArticleTwoThreads}: the same on two threads sharing the one {@code RuleMatcher}, as
 *       the processor's two stream threads do on the two cores.</li>
 *   <li>{@code perClaim}: one {@code match} call per claim sentence, as the topology did before.</li>
 *   <li>{@code wholeArticle}: one {@code match} call with all sentences of the article, which the
 *       matcher runs as one Monitor document (one in-memory index, one presearcher query).</li>
 *   <li>{@code extractOnly}, {@code matchOnly}: the two halves of {@code wholeArticle} on their own.</li>
 * </ul>
 *
 * Run: {@code java -jar bench/target/benchmarks.jar RuleMatchingBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RuleMatchingBenchmark {

    private static final int ARTICLES = 500;

    @Param({"10000"})
    public int rules;

    @Param({"term", "multipass"})
    public String presearcher;

    /**
     * {@code news}: general news prose where watch-list words are rare (the headline figure);
     * {@code hot}: articles written only from the rules' own words, the worst case.
     */
    @Param({"news", "hot"})
    public String articleMix;

    private final ClaimExtractor extractor = new ClaimExtractor();
    private List<ArticleGenerator.Article> articles;
    private RuleMatcher matcher;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        articles = switch (articleMix) {
            case "news" -> new NewsArticleGenerator(7).generate(ARTICLES);
            case "hot" -> new ArticleGenerator(7).generate(ARTICLES);
            default -> throw new IllegalArgumentException("unknown article mix " + articleMix + " (news, hot)");
        };
        matcher = new RuleMatcher(new RuleGenerator(42).generate(rules), presearcher(presearcher));
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        matcher.close();
    }

    @Benchmark
    public void perArticle(Blackhole sink) {
        extractAndMatch(nextArticle(), sink);
    }

    /**
     * {@code perArticle} on two threads, as the processor runs it: its stream threads (one per core)
     * each extract and match their partitions' articles, against the one rule index they share. The
     * score is the sum of both threads' articles per second.
     */
    @Benchmark
    @Threads(2)
    public void perArticleTwoThreads(Blackhole sink, Cursor cursor) {
        extractAndMatch(cursor.next(articles), sink);
    }

    private void extractAndMatch(ArticleGenerator.Article article, Blackhole sink) {
        List<String> claims = extractor.extract(article.text(), article.language()).stream()
                .map(ExtractedClaim::text)
                .toList();
        sink.consume(matcher.matchEach(claims, article.language()));
    }

    @Benchmark
    public void perClaim(Blackhole sink) {
        ArticleGenerator.Article article = nextArticle();
        for (ExtractedClaim claim : extractor.extract(article.text(), article.language())) {
            sink.consume(matcher.match(claim.text(), article.language()));
        }
    }

    @Benchmark
    public void wholeArticle(Blackhole sink) {
        ArticleGenerator.Article article = nextArticle();
        sink.consume(extractor.extract(article.text(), article.language()));
        sink.consume(matcher.match(article.text(), article.language()));
    }

    /** Claim extraction alone, to see which half of {@code wholeArticle} dominates. */
    @Benchmark
    public void extractOnly(Blackhole sink) {
        ArticleGenerator.Article article = nextArticle();
        sink.consume(extractor.extract(article.text(), article.language()));
    }

    /** Rule matching alone (sentence split, Monitor, highlights of the matching rules). */
    @Benchmark
    public void matchOnly(Blackhole sink) {
        ArticleGenerator.Article article = nextArticle();
        sink.consume(matcher.match(article.text(), article.language()));
    }

    /** Each thread's own place in the articles; the threads start half the articles apart. */
    @State(Scope.Thread)
    public static class Cursor {

        private int next;

        @Setup(Level.Trial)
        public void setUp(ThreadParams thread) {
            next = thread.getThreadIndex() * ARTICLES / Math.max(1, thread.getThreadCount());
        }

        ArticleGenerator.Article next(List<ArticleGenerator.Article> articles) {
            ArticleGenerator.Article article = articles.get(next);
            next = (next + 1) % articles.size();
            return article;
        }
    }

    private ArticleGenerator.Article nextArticle() {
        ArticleGenerator.Article article = articles.get(next);
        next = (next + 1) % articles.size();
        return article;
    }

    private static Presearcher presearcher(String name) {
        return switch (name) {
            case "term" -> new TermFilteredPresearcher();
            case "multipass" -> new MultipassTermFilteredPresearcher(2);
            default -> throw new IllegalArgumentException("unknown presearcher " + name + " (term, multipass)");
        };
    }
}
