package io.wirewatch.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import io.wirewatch.events.Json;
import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.feed.FeedParseException;
import io.wirewatch.ingest.feed.FeedParser;
import io.wirewatch.ingest.feed.ParsedFeed;
import io.wirewatch.ingest.fetch.HttpFetcher;
import io.wirewatch.ingest.source.ArticleFactory;
import io.wirewatch.ingest.source.DocumentKind;
import io.wirewatch.ingest.source.SourceLoader;
import io.wirewatch.ingest.source.SourceSpec;

/**
 * {@code wirewatch eval feeds DIR...}: runs the feed parser over every feed file under the directories and
 * reports, per folder, how many parsed, failed cleanly or crashed, how many entries (with text) came out,
 * and how many of the files' own expectations were met (feedparser's {@code Expect:} headers, Rome's
 * self-describing text nodes).
 */
@Command(name = "feeds", mixinStandardHelpOptions = true,
        description = {
                "Runs the feed parser over every .xml/.rss/.atom/.rdf file under each DIR and prints, per folder:",
                "files, parsed, repaired, clean errors, uncaught exceptions, entries, entries with text, files that",
                "yield at least one article (as ingest makes them), the share",
                "of feedparser 'Expect:' lines met (mappable forms only) and of Rome path checks met.",
                "Exit code 0 when no file caused an uncaught exception, 1 otherwise."})
public final class FeedEvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON line instead of the table.")
    boolean json;

    @Option(names = "--unmet", description = "Also list every unmet expectation (to stderr).")
    boolean listUnmet;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Directories of feed files; each sub-folder is scored apart.")
    List<Path> directories;

    private final FeedParser parser = new FeedParser();
    /** Turns parsed feeds into articles as ingest does; never fetches (items' pages are not asked for). */
    private final SourceLoader loader = new SourceLoader(new HttpFetcher(IngestConfig.defaults().fetchPolicy()),
            new ArticleFactory(Clock.systemUTC()));

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, FeedFolderScore> folders = new LinkedHashMap<>();
        long started = System.nanoTime();
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                err.println("wirewatch eval feeds: not a directory: " + directory);
                return 2;
            }
            for (Path file : feedFiles(directory)) {
                String folder = folderOf(directory, file);
                score(file, folders.computeIfAbsent(folder, FeedFolderScore::new));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        int uncaught = folders.values().stream().mapToInt(FeedFolderScore::uncaught).sum();
        report(out, folders, seconds);
        for (FeedFolderScore folder : folders.values()) {
            folder.uncaughtFiles().forEach(line -> err.println("uncaught: " + line));
            if (listUnmet) {
                folder.unmetFiles().forEach(line -> err.println("unmet: " + line));
            }
        }
        out.flush();
        err.flush();
        return uncaught == 0 ? 0 : 1;
    }

    private void score(Path file, FeedFolderScore folder) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        FeedTestHeader header = FeedTestHeader.of(bytes);
        FeedOutcome outcome;
        try {
            String location = header.httpHeader("Content-Location").orElse(file.toString());
            ParsedFeed feed = parser.parse(bytes, header.headerCharset(), location);
            int articles = loader.articlesOf(new SourceSpec("eval", location, Map.of(), null, false, false), feed)
                    .articles().size();
            outcome = FeedOutcome.parsed(feed, articles);
        } catch (FeedParseException e) {
            outcome = FeedOutcome.rejected(e.getMessage());
        } catch (Throwable t) { // NOPMD - counting every escape is the point of this command
            outcome = FeedOutcome.crashed(t);
        }
        folder.add(file.toString(), outcome, header, FeedPathConvention.checksOf(bytes));
    }

    private void report(PrintWriter out, Map<String, FeedFolderScore> folders, double seconds) {
        if (json) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("folders", folders.values().stream().map(FeedFolderScore::figures).collect(Collectors.toList()));
            line.put("seconds", Math.round(seconds * 100) / 100.0);
            out.println(Json.write(line));
            return;
        }
        out.println(FeedFolderScore.humanHeading());
        folders.values().forEach(folder -> out.println(folder.humanLine()));
        out.printf("%.2f s%n", seconds);
    }

    /** The directory's name plus its first sub-folder, so that e.g. feedparser's wellformed/ and illformed/ score apart. */
    static String folderOf(Path directory, Path file) {
        Path relative = directory.relativize(file);
        String base = directory.toAbsolutePath().normalize().getFileName() == null ? directory.toString()
                : directory.toAbsolutePath().normalize().getFileName().toString();
        return relative.getNameCount() > 1 ? base + "/" + relative.getName(0) : base;
    }

    private static List<Path> feedFiles(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            List<Path> files = new ArrayList<>();
            walk.filter(Files::isRegularFile)
                    .filter(f -> DocumentKind.ofFileName(f.getFileName().toString()).orElse(null) == DocumentKind.FEED)
                    .sorted()
                    .forEach(files::add);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
