package io.wirewatch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;
import io.wirewatch.ingest.normalise.ContentHash;
import io.wirewatch.processor.ProcessorConfig;
import io.wirewatch.processor.copies.Fingerprinter;
import io.wirewatch.processor.story.EventKeys;
import io.wirewatch.processor.story.EventSimilarity;

/**
 * Story joining scored on labelled pairs, two ways:
 * <ul>
 *   <li><b>joined</b>: every document of the docs folder goes through the real processor topology (the
 *       story assignment of {@code run} and {@code replay}), in file-name order, ten seconds apart and
 *       without publication times; a pair is joined when both end in one story. Chains count: a pair can
 *       be joined through a third document.</li>
 *   <li><b>score</b>: {@link EventSimilarity.Match#score} of the two documents alone, weighed as the stream
 *       would weigh them if the second arrived after every other document of the folder (each document
 *       its own story). It shows the margin around the decision
 *       threshold and the curve of joined against merged pairs over it.</li>
 * </ul>
 */
public final class StoriesEvaluation {

    /** Record time of the first document; the set has no publication times. */
    static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
    static final String TUNED = CorpusHalves.Half.TUNED.label();
    static final String UNTUNED = CorpusHalves.Half.UNTUNED.label();
    static final String ALL = "all";

    private StoriesEvaluation() {
    }

    /** A pair with its outcome. */
    public record ScoredPair(StoryPairs.Pair pair, String half, boolean joined, double score, double topic, int anchors, int conflicts) {
    }

    /**
     * The outcome of every pair of every file whose documents share one folder.
     *
     * @param halves each file's tuned and untuned halves (pair ids {@code <a>_<b>}); a file without is reported whole
     */
    public static Map<StoryPairs, List<ScoredPair>> score(List<StoryPairs> files, Map<StoryPairs, CorpusHalves> halves,
            ProcessorConfig config) {
        Map<Path, Map<String, String>> storyByDoc = new HashMap<>();
        Map<Path, Map<String, EventKeys>> keysByDoc = new HashMap<>();
        Map<StoryPairs, List<ScoredPair>> result = new LinkedHashMap<>();
        for (StoryPairs file : files) {
            Path docs = file.docs();
            List<CopiesCorpusArticle> articles = storyByDoc.containsKey(docs) ? null : read(docs);
            if (articles != null) {
                storyByDoc.put(docs, stories(articles, config));
                keysByDoc.put(docs, keys(articles, config));
            }
            Map<String, String> stories = storyByDoc.get(docs);
            Map<String, EventKeys> keys = keysByDoc.get(docs);
            Map<Long, Integer> df = documentFrequencies(keys.values());
            List<ScoredPair> scored = new ArrayList<>();
            for (StoryPairs.Pair pair : file.pairs()) {
                EventKeys a = keys.get(pair.a());
                EventKeys b = keys.get(pair.b());
                // As the stream would weigh them if b arrived after every other document: b's keys not yet counted.
                EventSimilarity.Match match = EventSimilarity.match(a, b,
                        key -> df.getOrDefault(key, 0) - (contains(b, key) ? 1 : 0), keys.size() - 1);
                CorpusHalves split = halves.get(file);
                String half = split == null ? ALL : split.of(pair.id()).label();
                scored.add(new ScoredPair(pair, half, stories.get(pair.a()).equals(stories.get(pair.b())),
                        match.score(), match.topic(), match.anchors(), match.conflicts()));
            }
            result.put(file, scored);
        }
        return result;
    }

    /** Every {@code .txt} of the folder, in file-name order: title on the first line, then the text. */
    static List<CopiesCorpusArticle> read(Path docs) {
        List<Path> files;
        try (Stream<Path> list = Files.list(docs)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new CopiesCorpusException(docs.toString(), "cannot list the documents", e);
        }
        List<CopiesCorpusArticle> articles = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String content;
            try {
                content = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CopiesCorpusException(file.toString(), "cannot read the document", e);
            }
            int titleEnd = content.indexOf('\n');
            String title = titleEnd < 0 ? content : content.substring(0, titleEnd);
            String text = titleEnd < 0 ? "" : content.substring(titleEnd + 1).strip();
            Article article = new Article(Article.SCHEMA_VERSION, Ids.hash("eval-stories", name), 1, "eval", file.toString(),
                    null, title.strip(), text, null, List.of(), null, null, ContentHash.of(text));
            articles.add(new CopiesCorpusArticle(name, article, name, name, ""));
        }
        return articles;
    }

    private static Map<String, String> stories(List<CopiesCorpusArticle> articles, ProcessorConfig config) {
        List<CopiesArrivalOrder.Arrival> arrivals = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            arrivals.add(new CopiesArrivalOrder.Arrival(articles.get(i), START.plus(CopiesArrivalOrder.SHUFFLED_SPACING.multipliedBy(i))));
        }
        Map<String, String> stories = new HashMap<>();
        CopiesRun.run(arrivals, config).forEach((file, prediction) -> stories.put(file, prediction.storyId()));
        return stories;
    }

    private static Map<String, EventKeys> keys(List<CopiesCorpusArticle> articles, ProcessorConfig config) {
        Fingerprinter fingerprinter = new Fingerprinter(config.copySettings());
        Map<String, EventKeys> keys = new HashMap<>();
        for (CopiesCorpusArticle a : articles) {
            keys.put(a.file(), fingerprinter.fingerprint(a.article()).event());
        }
        return keys;
    }

    private static boolean contains(EventKeys doc, long key) {
        return java.util.Arrays.binarySearch(doc.topic(), key) >= 0 || java.util.Arrays.binarySearch(doc.anchors(), key) >= 0;
    }

    private static Map<Long, Integer> documentFrequencies(Iterable<EventKeys> documents) {
        Map<Long, Integer> df = new HashMap<>();
        for (EventKeys doc : documents) {
            for (long key : doc.topic()) {
                df.merge(key, 1, Integer::sum);
            }
            for (long key : doc.anchors()) {
                df.merge(key, 1, Integer::sum);
            }
        }
        return df;
    }
}
