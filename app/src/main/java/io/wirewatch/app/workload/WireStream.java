package io.wirewatch.app.workload;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.wirewatch.events.Article;

/**
 * An endless, reproducible stream of German and English wire reports ({@link NewsArticleGenerator}: news
 * prose with quotes, speech verbs and source phrases, a watch-list word in about one slot in 25) in
 * which a given share are copies of one of the {@value ArticleMix#COPY_REACH} articles before them, in
 * the variants publishers make ({@link CopyVariants}). Each original reports an event of its own
 * ({@link EventLead}: a made-up person, organisation and place that run through the report, figures and
 * a date in its first paragraph), as a wire stream's
 * originals mostly do, so that story matching has events to tell apart and not only the shared general
 * vocabulary of the reports. Outlets and URLs are made up ({@code .example}).
 */
public final class WireStream {

    /** A generated article and, for a copy, the id of the article it copies (null for an original). */
    public record WireArticle(Article article, String copyOf) {

        public boolean isCopy() {
            return copyOf != null;
        }
    }

    private static final List<String> OUTLETS = List.of("nordkurier", "rundschau", "alpenpost", "tagesblatt",
            "stadtanzeiger", "morgenpost", "landeszeitung", "weserbote", "kurier", "volksstimme", "dailyherald",
            "evening-post", "the-courier", "city-gazette", "news-chronicle", "wire-desk");
    private static final int SENTENCES_PER_PARAGRAPH = 4;

    private final Random random;
    private final NewsArticleGenerator reports;
    private final double copyRatio;
    private final String runId;
    private final List<Article> recent = new ArrayList<>();
    private int next;

    /**
     * @param copyRatio share of articles that are copies, 0 to 1
     * @param runId     part of every URL (and so of every article id), to keep runs apart on one broker
     */
    public WireStream(long seed, double copyRatio, String runId) {
        if (copyRatio < 0 || copyRatio > 1 || Double.isNaN(copyRatio)) {
            throw new IllegalArgumentException("copy ratio must be between 0 and 1, was " + copyRatio);
        }
        this.random = new Random(seed);
        this.reports = new NewsArticleGenerator(random.nextLong());
        this.copyRatio = copyRatio;
        this.runId = runId;
    }

    /** The next article, published at {@code time}. */
    public WireArticle next(Instant time) {
        int i = next++;
        String outlet = OUTLETS.get(random.nextInt(OUTLETS.size()));
        String url = "https://" + outlet + ".example/" + runId + "/" + i;
        WireArticle article;
        if (!recent.isEmpty() && random.nextDouble() < copyRatio) {
            Article original = recent.get(random.nextInt(recent.size()));
            article = new WireArticle(CopyVariants.copyOf(original, url, time, random, () -> reports.next().headline(),
                    () -> paragraph(reports.next().sentences())), original.id());
        } else {
            EventLead.Cast cast = EventLead.cast(random);
            NewsArticleGenerator.Report report = reports.next(cast.person(), cast.place());
            EventLead lead = EventLead.of(cast, random, report.language());
            article = new WireArticle(ArticleMix.article(url, lead.headline() + " – " + report.headline(),
                    lead.paragraph() + "\n\n" + paragraphs(report.sentences()), report.language(), time), null);
        }
        if (recent.size() == ArticleMix.COPY_REACH) {
            recent.remove(0);
        }
        recent.add(article.article());
        return article;
    }

    /** The next {@code count} articles, all published at {@code time}. */
    public List<WireArticle> next(int count, Instant time) {
        List<WireArticle> articles = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            articles.add(next(time));
        }
        return articles;
    }

    private static String paragraphs(List<String> sentences) {
        List<String> paragraphs = new ArrayList<>();
        for (int from = 0; from < sentences.size(); from += SENTENCES_PER_PARAGRAPH) {
            paragraphs.add(paragraph(sentences.subList(from, Math.min(sentences.size(), from + SENTENCES_PER_PARAGRAPH))));
        }
        return String.join("\n\n", paragraphs);
    }

    private static String paragraph(List<String> sentences) {
        return String.join(" ", sentences);
    }
}
