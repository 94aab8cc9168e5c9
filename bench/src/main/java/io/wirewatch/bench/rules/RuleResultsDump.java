package io.wirewatch.bench.rules;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.wirewatch.app.workload.ArticleGenerator;
import io.wirewatch.app.workload.NewsArticleGenerator;
import io.wirewatch.app.workload.RuleGenerator;
import io.wirewatch.events.Claim;
import io.wirewatch.processor.claims.ClaimExtractor;
import io.wirewatch.processor.claims.ExtractedClaim;
import io.wirewatch.processor.rules.RuleMatcher;

/**
 * Prints every claim and the rules it matches for the benchmark's generated articles and rules, so
 * that a speed-up of claim extraction or rule matching can be checked to change no result: run it
 * before and after and diff the outputs.
 *
 * <p>Half the articles are general news ({@link NewsArticleGenerator}), half are written from the
 * rules' own words ({@link ArticleGenerator}), so that both rare and frequent matches are covered.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.wirewatch.bench.rules.RuleResultsDump [ARTICLES] [RULES] > out.txt}
 * (defaults 1,000 articles, 10,000 rules).
 */
public final class RuleResultsDump {

    private RuleResultsDump() {
    }

    public static void main(String[] args) {
        int articleCount = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int ruleCount = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        List<ArticleGenerator.Article> articles = new ArrayList<>(new NewsArticleGenerator(7).generate(articleCount / 2));
        articles.addAll(new ArticleGenerator(7).generate(articleCount - articleCount / 2));
        ClaimExtractor extractor = new ClaimExtractor();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        try (RuleMatcher matcher = new RuleMatcher(new RuleGenerator(42).generate(ruleCount))) {
            for (int a = 0; a < articles.size(); a++) {
                ArticleGenerator.Article article = articles.get(a);
                List<ExtractedClaim> claims = extractor.extract(article.text(), article.language());
                List<Map<String, List<Claim.Span>>> matches =
                        matcher.matchEach(claims.stream().map(ExtractedClaim::text).toList(), article.language());
                for (int c = 0; c < claims.size(); c++) {
                    out.println(a + "\t" + claims.get(c) + "\t" + matches.get(c));
                }
            }
        }
        out.flush();
    }
}
