package io.wirewatch.eval;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.wirewatch.app.workload.CopyVariants;
import io.wirewatch.app.workload.CopyVariants.Kind;
import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;
import io.wirewatch.ingest.normalise.ContentHash;
import io.wirewatch.processor.ProcessorConfig;

/**
 * Copy detection tried on text nobody here wrote: every article of a folder of real reports gets one copy made
 * the way portals make them ({@link CopyVariants}, two variants combined: a new headline and a portal frame, a
 * cut and Swiss spelling, …), and both go through the processor with the rest. A copy is <em>recognised</em>
 * when it ends in its source's copy group. Real articles that end in one group are listed, not scored: a set of
 * real reports holds genuine wire copies (one agency text in two outlets) as well as any false copy, and only
 * reading them tells which.
 *
 * <p>Originals are published ten minutes apart in file-name order, each copy 1 to 60 minutes after its source.
 * Seeded: the same seed makes the same copies.
 */
public final class RealTextCopies {

    /** A copy with less body than this is no copy anyone could recognise (a cut that kept only page furniture). */
    static final int MIN_COPY_WORDS = 40;
    private static final Instant START = Instant.parse("2020-01-01T06:00:00Z");
    private static final String COPY_PREFIX = "copy-of-";

    /** The outcome: per copy, whether it was recognised, and the real articles grouped together. */
    public record Result(int real, Map<String, List<Kind>> copies, Map<String, CopiesPrediction> predictions,
            Set<String> recognised, List<List<String>> realGroups) {

        public int made() {
            return copies.size();
        }

        /** Per pair of variants ("CUT_AFTER_TWO+PORTAL_FRAME"): copies recognised and made. */
        public Map<String, int[]> byVariants() {
            Map<String, int[]> counts = new TreeMap<>();
            copies.forEach((copy, kinds) -> {
                int[] count = counts.computeIfAbsent(kinds.get(0) + "+" + kinds.get(1), k -> new int[2]);
                count[0] += recognised.contains(copy) ? 1 : 0;
                count[1]++;
            });
            return counts;
        }

        /** Copies not recognised, with their variants and the processor's verdict. */
        public Map<String, String> missed() {
            Map<String, String> missed = new TreeMap<>();
            copies.forEach((copy, kinds) -> {
                if (!recognised.contains(copy)) {
                    missed.put(copy, kinds + " → " + predictions.get(copy).reason());
                }
            });
            return missed;
        }
    }

    private RealTextCopies() {
    }

    /**
     * @param docs    a folder of {@code .txt} reports (title on the first line, as {@code eval stories} reads them)
     * @param seed    draws the variants, the added material and the copies' publication times
     * @param shuffle a backfill order (as {@code --shuffle}), or null for publication order
     */
    public static Result run(Path docs, long seed, Long shuffle, ProcessorConfig config) {
        List<CopiesCorpusArticle> real = StoriesEvaluation.read(docs);
        Random random = new Random(seed);
        List<CopiesCorpusArticle> all = new ArrayList<>();
        Map<String, List<Kind>> copies = new LinkedHashMap<>();
        for (int i = 0; i < real.size(); i++) {
            CopiesCorpusArticle source = real.get(i);
            Instant publishedAt = START.plus(Duration.ofMinutes(10L * i));
            all.add(entry(source.file(), source.article(), publishedAt, source.file()));
            List<Kind> kinds = twoKinds(random);
            CopyVariants.Text copy = new CopyVariants.Text(source.article().title(), source.article().text());
            int published = i;
            for (Kind kind : kinds) {
                copy = CopyVariants.apply(kind, copy, () -> earlier(real, published, random).article().title(),
                        () -> lastParagraph(earlier(real, published, random).article().text()));
            }
            Instant copyPublished = publishedAt.plus(Duration.ofMinutes(1 + random.nextInt(60)));
            if (words(copy.text()) < MIN_COPY_WORDS) {
                continue;
            }
            String name = COPY_PREFIX + source.file();
            Article article = new Article(Article.SCHEMA_VERSION, Ids.hash("eval-real-copies", name), 1, "eval-copies", name, null,
                    copy.title(), copy.text(), null, List.of(), null, null, ContentHash.of(copy.text()));
            all.add(entry(name, article, copyPublished, source.file()));
            copies.put(name, kinds);
        }
        List<CopiesArrivalOrder.Arrival> arrivals = shuffle == null ? CopiesArrivalOrder.realistic(all)
                : CopiesArrivalOrder.shuffled(all, shuffle);
        Map<String, CopiesPrediction> predictions = CopiesRun.run(arrivals, config);
        Map<String, String> groups = groupRoots(predictions);
        Set<String> recognised = new TreeSet<>();
        copies.keySet().forEach(copy -> {
            if (groups.get(copy).equals(groups.get(copy.substring(COPY_PREFIX.length())))) {
                recognised.add(copy);
            }
        });
        Map<String, List<String>> realByGroup = new TreeMap<>();
        real.forEach(a -> realByGroup.computeIfAbsent(groups.get(a.file()), g -> new ArrayList<>()).add(a.file()));
        List<List<String>> realGroups = realByGroup.values().stream().filter(g -> g.size() > 1).toList();
        return new Result(real.size(), copies, predictions, recognised, realGroups);
    }

    /**
     * Two different variants, never both cuts (a cut after two paragraphs already is one after three), in the
     * order of {@link Kind}: a portal cuts the text before it frames it or adds a paragraph of its own.
     */
    static List<Kind> twoKinds(Random random) {
        Kind[] kinds = Kind.values();
        Kind first = kinds[random.nextInt(kinds.length)];
        Set<Kind> excluded = EnumSet.of(first);
        if (first == Kind.CUT_AFTER_TWO || first == Kind.CUT_AFTER_THREE) {
            excluded.addAll(EnumSet.of(Kind.CUT_AFTER_TWO, Kind.CUT_AFTER_THREE));
        }
        List<Kind> rest = EnumSet.complementOf(EnumSet.copyOf(excluded)).stream().toList();
        Kind second = rest.get(random.nextInt(rest.size()));
        return first.compareTo(second) < 0 ? List.of(first, second) : List.of(second, first);
    }

    /** file → the file of the first article of its copy group, by following {@code duplicateOf}. */
    private static Map<String, String> groupRoots(Map<String, CopiesPrediction> predictions) {
        Map<String, String> fileOfArticle = new HashMap<>();
        predictions.forEach((file, p) -> fileOfArticle.put(p.articleId(), file));
        Map<String, String> roots = new HashMap<>();
        for (String file : predictions.keySet()) {
            String current = file;
            Set<String> seen = new TreeSet<>();
            while (seen.add(current)) {
                String original = predictions.get(current).duplicateOf();
                String next = original == null ? null : fileOfArticle.get(original);
                if (next == null) {
                    break;
                }
                current = next;
            }
            roots.put(file, current);
        }
        return roots;
    }

    private static CopiesCorpusArticle entry(String name, Article a, Instant published, String group) {
        Article timed = new Article(a.schemaVersion(), a.id(), a.version(), a.sourceId(), a.origin(), a.url(), a.title(), a.text(),
                a.language(), a.authors(), published, published, a.contentHash());
        return new CopiesCorpusArticle(name, timed, group, group, "");
    }

    /**
     * A report published before the one at {@code index} (the first report takes its own): a portal can add a
     * paragraph or take a headline only from what is already out.
     */
    private static CopiesCorpusArticle earlier(List<CopiesCorpusArticle> real, int index, Random random) {
        return real.get(index == 0 ? 0 : random.nextInt(index));
    }

    /**
     * The paragraph a portal adds, taken from the end of another report: not its lead, which the cut copies of
     * that report keep, since a line seen in two stories is boilerplate from then on ({@code LineSightings})
     * and a lead spread into other copies would hide the cut copies of its own report.
     */
    private static String lastParagraph(String text) {
        int start = text.lastIndexOf("\n\n");
        return start < 0 ? text : text.substring(start + 2);
    }

    private static int words(String text) {
        String trimmed = text.strip();
        return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
    }
}
