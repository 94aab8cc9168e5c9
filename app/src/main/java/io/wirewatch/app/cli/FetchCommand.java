package io.wirewatch.app.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.wirewatch.app.config.WirewatchConfig;
import io.wirewatch.events.Article;
import io.wirewatch.events.Json;
import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.SourceReader;
import io.wirewatch.ingest.source.SourceBatch;

/** {@code wirewatch fetch}: a dry run of ingest. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = {
                "Reads feeds, pages, files or directories as ingest would and prints one JSON line per",
                "article on stdout; publishes nothing. One error line per failed source on stderr.",
                "Exit code 0 when every source was read, 1 otherwise."})
public final class FetchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ConfigOption config;

    @Parameters(arity = "1..*", paramLabel = "SOURCE", description = "A feed or page URL, or a local file or directory.")
    List<String> sources;

    @Override
    public Integer call() {
        IngestConfig ingest = config.given() ? config.load(System.getenv()).ingestConfig()
                : IngestConfig.defaults();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean allRead = true;
        try (SourceReader reader = new SourceReader(ingest)) {
            for (String source : sources) {
                SourceBatch result = reader.read(source);
                for (Article article : result.articles()) {
                    out.println(Json.write(line(article)));
                }
                out.flush();
                for (String error : result.errors()) {
                    err.println("wirewatch fetch: " + error);
                }
                allRead &= result.errors().isEmpty();
            }
        }
        err.flush();
        return allRead ? 0 : 1;
    }

    private static Map<String, Object> line(Article article) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("id", article.id());
        line.put("origin", article.origin());
        line.put("url", article.url());
        line.put("title", article.title());
        line.put("text", article.text());
        line.put("language", article.language());
        line.put("publishedAt", article.publishedAt());
        line.put("author", article.author());
        line.put("authors", article.authors());
        line.put("contentHash", article.contentHash());
        return line;
    }
}
