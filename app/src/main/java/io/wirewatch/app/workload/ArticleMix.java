package io.wirewatch.app.workload;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;
import io.wirewatch.ingest.normalise.ContentHash;

/**
 * A reproducible stream of wire-like articles: half German, half English, five paragraphs of about 40
 * words each, with attributed quotes (so claim extraction has work), and a share of copies of recent
 * articles in the variants publishers make (new headline, cut, teaser, portal boilerplate, Swiss
 * spelling and quotation marks, an added paragraph). Words are drawn from a generated vocabulary with a
 * skewed frequency, so shingles collide about as rarely as in real text.
 */
public final class ArticleMix {

    /** Share of articles that copy one of the recent ones. */
    public static final double COPY_SHARE = 0.4;
    /** How far back a copy may reach, in articles. */
    public static final int COPY_REACH = 300;
    public static final Duration SPACING = Duration.ofSeconds(15);

    private static final String[] SYLLABLES = {"ba", "ke", "ri", "mo", "tu", "ser", "lan", "dor", "vi", "gen", "schu",
            "ra", "zel", "pro", "ost", "wa", "ber", "nik", "ta", "hel", "mar", "fo", "lis", "ungs", "ter", "en", "sta"};
    private static final String[] NAMES = {"Anna Berger", "Jonas Feld", "Mira Koch", "Paul Reinholt", "Sara Lind",
            "David Moore", "Helen Price", "Omar Haddad", "Lena Vogt", "Tom Baker", "Ruth Olsen", "Karl Brandt"};
    private static final String[] DE_CUES = {"sagte", "erklärte", "betonte", "teilte mit"};
    private static final String[] EN_CUES = {"said", "told reporters", "added", "warned"};

    private final Random random;
    private final String[] vocabulary;

    public ArticleMix(long seed) {
        this.random = new Random(seed);
        this.vocabulary = new String[6000];
        for (int i = 0; i < vocabulary.length; i++) {
            StringBuilder word = new StringBuilder();
            int syllables = 2 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            // every fifth word spelt with ß, so Swiss copies (ss) differ from their original
            vocabulary[i] = i % 5 == 0 ? word + "ße" : word.toString();
        }
    }

    /** {@code count} articles, copies included, published {@link #SPACING} apart from {@code start}. */
    public List<Article> articles(int count, Instant start, String idPrefix) {
        List<Article> articles = new ArrayList<>(count);
        stream(count, start, idPrefix).forEachRemaining(articles::add);
        return articles;
    }

    /**
     * The same articles as {@link #articles} made one at a time, holding only the last {@link #COPY_REACH}:
     * for runs of more articles than the heap could hold at once.
     */
    public Iterator<Article> stream(int count, Instant start, String idPrefix) {
        Article[] recent = new Article[COPY_REACH];
        return new Iterator<>() {
            private int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public Article next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("all " + count + " articles made");
                }
                Instant time = start.plus(SPACING.multipliedBy(i));
                String url = "https://news" + (i % 40) + ".example/" + idPrefix + "/" + i;
                boolean copy = i > 0 && random.nextDouble() < COPY_SHARE;
                Article article = copy
                        ? copyOf(recent[Math.max(0, i - 1 - random.nextInt(Math.min(i, COPY_REACH))) % COPY_REACH], url, time)
                        : original(url, time, random.nextBoolean() ? "de" : "en");
                recent[i++ % COPY_REACH] = article;
                return article;
            }
        };
    }

    private Article original(String url, Instant time, String language) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            paragraphs.add(sentence(14) + " " + (random.nextInt(3) == 0 ? quote(language) : sentence(16)) + " " + sentence(10));
        }
        return article(url, capitalised(words(6)), String.join("\n\n", paragraphs), language, time);
    }

    private Article copyOf(Article original, String url, Instant time) {
        return CopyVariants.copyOf(original, url, time, random, () -> capitalised(words(7)),
                () -> sentence(18) + " " + sentence(12));
    }

    private String quote(String language) {
        String name = NAMES[random.nextInt(NAMES.length)];
        return "de".equals(language)
                ? "„" + sentence(12).replaceAll("\\.$", "") + "“, " + DE_CUES[random.nextInt(DE_CUES.length)] + " " + name + "."
                : "\"" + sentence(12).replaceAll("\\.$", ",") + "\" " + name + " " + EN_CUES[random.nextInt(EN_CUES.length)] + ".";
    }

    private String sentence(int length) {
        return capitalised(words(length - 3 + random.nextInt(6))) + ".";
    }

    private String words(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(' ');
            }
            // squaring skews the draw towards the front of the vocabulary, like word frequencies
            double u = random.nextDouble();
            s.append(vocabulary[(int) (u * u * vocabulary.length)]);
        }
        return s.toString();
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static Article article(String url, String title, String text, String language, Instant time) {
        return new Article(Article.SCHEMA_VERSION, Ids.hash(url), 1, "bench", url, url, title, text, language, List.of(),
                time, time, ContentHash.of(text));
    }
}
