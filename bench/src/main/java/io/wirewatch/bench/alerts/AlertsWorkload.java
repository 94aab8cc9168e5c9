package io.wirewatch.bench.alerts;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import io.wirewatch.alerts.ChannelConfig;
import io.wirewatch.alerts.QuietHoursConfig;
import io.wirewatch.alerts.SubscriptionConfig;
import io.wirewatch.alerts.digest.DeliverySchedule;
import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.StoryAssignment;
import io.wirewatch.events.Verdict;

/**
 * The generated subscriptions and the article stream, as the processor would publish it: each article,
 * its story assignment and, for some, a claim that matches one or two rules. A copy joins the story of
 * a recent original and repeats its claim with the copy added to {@code articleIds}, as the processor's
 * claim stage does. Deterministic for a seed.
 */
final class AlertsWorkload {

    static final int SOURCES = 40;
    /** Copies join one of the last originals: a story that is still fresh. */
    private static final int RECENT_ORIGINALS = 200;
    private static final String FILLER = "Die Regierung beriet am Morgen über die Lage an der Grenze, "
            + "nachdem in der Nacht neue Berichte über Truppenbewegungen eingegangen waren. ";
    private static final String[] SPEAKERS = {"John Kirby", "Annalena Baerbock", "Regierungssprecher Matthias Wendler",
        "ein Sprecher des Ministeriums", "UN-Generalsekretär António Guterres"};

    private final LoadSettings settings;
    private final Random random;
    private final Original[] recent = new Original[RECENT_ORIGINALS];
    private long originals;

    /** A story's first article and its claim (null when it has none), which copies repeat. */
    private record Original(String articleId, String storyId, Claim claim) {
    }

    /** What one article brings to the topics: the article, its assignment and a claim or null. */
    record Step(Article article, StoryAssignment assignment, Claim claim) {
    }

    AlertsWorkload(LoadSettings settings) {
        this.settings = settings;
        this.random = new Random(settings.seed());
    }

    static String ruleId(int index) {
        return String.format("rule-%04d", index);
    }

    static String sourceId(int index) {
        return String.format("source-%02d", index);
    }

    /**
     * The subscriptions, spread over {@code settings.webhooks()} paths of the receiver: each names one to
     * five rules; 70 % have no filter, 15 % a language, 10 % a list of sources, 5 % excluded sources; 90 %
     * are immediate, 5 % immediate with quiet hours that are not now (their alerts take the digest stage's
     * path and go out at once), 5 % hourly digests (not measured).
     */
    List<SubscriptionConfig> subscriptions(String receiverBase, Instant now) {
        List<SubscriptionConfig> subscriptions = new ArrayList<>(settings.subscriptions());
        DateTimeFormatter hhmm = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);
        QuietHoursConfig notNow = new QuietHoursConfig(hhmm.format(now.plusSeconds(6 * 3600)), hhmm.format(now.plusSeconds(8 * 3600)));
        for (int i = 0; i < settings.subscriptions(); i++) {
            Set<String> rules = new LinkedHashSet<>();
            int wanted = Math.min(settings.rules(), 1 + random.nextInt(5));
            while (rules.size() < wanted) {
                rules.add(ruleId(random.nextInt(settings.rules())));
            }
            int hook = i % settings.webhooks();
            ChannelConfig webhook = ChannelConfig.webhook(receiverBase + "/hook/" + hook, "bench-secret-" + hook);
            SubscriptionConfig subscription = new SubscriptionConfig(String.format("sub-%05d", i), List.copyOf(rules), List.of(webhook));
            double filter = random.nextDouble();
            if (filter < 0.15) {
                subscription = subscription.withFilters(List.of(filter < 0.1 ? "de" : "en"), null, null, null);
            } else if (filter < 0.25) {
                subscription = subscription.withFilters(null, sources(10), null, null);
            } else if (filter < 0.30) {
                subscription = subscription.withFilters(null, null, sources(3), null);
            }
            double mode = random.nextDouble();
            if (mode < 0.05) {
                subscription = subscription.withDelivery(DeliverySchedule.HOURLY, null, "UTC", null);
            } else if (mode < 0.10) {
                subscription = subscription.withDelivery(DeliverySchedule.IMMEDIATE, null, "UTC", notNow);
            }
            subscriptions.add(subscription);
        }
        return subscriptions;
    }

    private List<String> sources(int count) {
        Set<String> sources = new LinkedHashSet<>();
        while (sources.size() < count) {
            sources.add(sourceId(random.nextInt(SOURCES)));
        }
        return List.copyOf(sources);
    }

    /** The article with this index, read at {@code now}, with its assignment and claim. */
    Step next(long index, Instant now) {
        String articleId = String.format("a-%08d", index);
        int source = random.nextInt(SOURCES);
        String language = random.nextDouble() < 0.7 ? "de" : "en";
        Article article = new Article(Article.SCHEMA_VERSION, articleId, 1, sourceId(source), "https://www.outlet-" + source + ".example/",
                "https://www.outlet-" + source + ".example/politik/" + articleId, "Lage an der Grenze: Bericht " + index,
                FILLER.repeat(8), language, List.of("Redaktion " + source), now.minusSeconds(60), now, "hash-" + articleId);
        if (originals > 0 && random.nextDouble() < settings.copyShare()) {
            Original original = recent[random.nextInt((int) Math.min(originals, RECENT_ORIGINALS))];
            StoryAssignment assignment = new StoryAssignment(StoryAssignment.SCHEMA_VERSION, articleId, 1, original.storyId(),
                    original.articleId(), 0.9, Verdict.NEAR_COPY, now);
            Claim claim = original.claim() == null ? null : original.claim().withArticle(article.id(), article.sourceId());
            return new Step(article, assignment, claim);
        }
        String storyId = "story-" + articleId;
        StoryAssignment assignment = new StoryAssignment(StoryAssignment.SCHEMA_VERSION, articleId, 1, storyId, null, 0,
                Verdict.ORIGINAL, now);
        Claim claim = random.nextDouble() < settings.claimShare() ? claim(article, storyId) : null;
        remember(new Original(articleId, storyId, claim));
        return new Step(article, assignment, claim);
    }

    private void remember(Original original) {
        recent[(int) (originals++ % RECENT_ORIGINALS)] = original;
    }

    private Claim claim(Article article, String storyId) {
        List<String> rules = new ArrayList<>();
        rules.add(ruleId(random.nextInt(settings.rules())));
        if (random.nextDouble() < 0.3 && settings.rules() > 1) {
            String second = ruleId(random.nextInt(settings.rules()));
            if (!rules.contains(second)) {
                rules.add(second);
            }
        }
        String speaker = SPEAKERS[random.nextInt(SPEAKERS.length)];
        String text = "„Die Lage an der Grenze ist angespannt, wir beobachten die Truppenbewegungen genau“, sagte " + speaker + ".";
        return new Claim(Claim.SCHEMA_VERSION, "claim-" + article.id(), article.id(), List.of(article.id()), storyId, text, speaker,
                "sagte", true, false, rules, 0, text.length(), List.of(new Claim.Span(5, 11)), article.language(),
                List.of(article.sourceId()));
    }
}
