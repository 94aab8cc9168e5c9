package io.wirewatch.dashboard.view;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;

import io.wirewatch.events.Alert;
import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.StoryAssignment;

/**
 * The dashboard's state: stories (articles joined with their assignments, plus claims), claims,
 * alerts and sources, fed one record at a time with the record's Kafka timestamp.
 *
 * <p>Bounded: whatever was last active before {@code now - horizon} is dropped, and so are the least
 * recently active stories beyond {@code maxStories}, the oldest claims beyond {@code maxClaims} and the
 * oldest alerts beyond {@code maxAlerts}; a story lists at most {@code maxArticlesPerStory} articles.
 * Articles and assignments arrive on two topics in either order; each waits for the other in a
 * small bounded buffer. One writer (the topic feed) and many readers (HTTP threads) share it under
 * a read-write lock; readers get immutable snapshots.
 */
public final class Views {

    /** How many articles (and assignments) may wait for their other half; the oldest are dropped first. */
    static final int MAX_PENDING = 10_000;
    /** Delivery outcomes kept per alert. */
    static final int MAX_DELIVERIES = 100;
    private static final Duration HOUR = Duration.ofHours(1);
    private static final int MAX_RECENT_PER_SOURCE = 10_000;

    private record Timed<T>(T value, long at) {
    }

    private static final class ClaimState {
        Claim claim;
        final long at;

        ClaimState(Claim claim, long at) {
            this.claim = claim;
            this.at = at;
        }
    }

    private static final class AlertState {
        final Alert alert;
        final long at;
        final List<AlertView.Delivery> deliveries = new ArrayList<>();

        AlertState(Alert alert, long at) {
            this.alert = alert;
            this.at = at;
        }
    }

    private static final class SourceState {
        final TreeMap<Long, Integer> perHour = new TreeMap<>();
        final Deque<Long> lastHour = new ArrayDeque<>();
        final TreeSet<String> languages = new TreeSet<>();
        long lastAt;
    }

    private final Clock clock;
    private final Duration horizon;
    private final int maxStories;
    private final int maxArticlesPerStory;
    private final int maxClaims;
    private final int maxAlerts;
    private final ChangeLog changes;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    private final Map<String, StoryState> stories = new HashMap<>();
    private final TreeSet<StoryState> byActivity = new TreeSet<>(
            Comparator.<StoryState>comparingLong(s -> s.lastActivity).thenComparing(s -> s.id));
    private final Map<String, String> storyOfArticle = new HashMap<>();
    private final LinkedHashMap<String, Timed<Article>> pendingArticles = new LinkedHashMap<>();
    /** Delivery outcomes read before their alert: two topics, read in no fixed order (above all when rebuilding). */
    private final LinkedHashMap<String, List<AlertView.Delivery>> pendingDeliveries = new LinkedHashMap<>();
    private final LinkedHashMap<String, Timed<StoryAssignment>> pendingAssignments = new LinkedHashMap<>();
    private final LinkedHashMap<String, ClaimState> claims = new LinkedHashMap<>();
    private final LinkedHashMap<String, AlertState> alerts = new LinkedHashMap<>();
    private final Map<String, SourceState> sources = new TreeMap<>();

    public Views(Clock clock, Duration horizon, int maxStories, int maxArticlesPerStory, int maxClaims, int maxAlerts,
                 ChangeLog changes) {
        this.clock = clock;
        this.horizon = horizon;
        this.maxStories = maxStories;
        this.maxArticlesPerStory = maxArticlesPerStory;
        this.maxClaims = maxClaims;
        this.maxAlerts = maxAlerts;
        this.changes = changes;
    }

    /** The start of the horizon: records older than this are not worth reading. */
    public Instant horizonStart() {
        return clock.instant().minus(horizon);
    }

    // ---- writes (the topic feed) ----

    public void onArticle(Article article, long at) {
        write(() -> {
            countSource(article, at);
            String storyId = storyOfArticle.get(article.id());
            if (storyId != null) {
                StoryState story = stories.get(storyId);
                StoryState.Entry old = find(story, article.id());
                place(story, entry(article, old == null ? null : old.duplicateOf()), at);
                return;
            }
            Timed<StoryAssignment> assignment = pendingAssignments.remove(article.id());
            if (assignment != null) {
                place(story(assignment.value().storyId(), at), entry(article, assignment.value().duplicateOf()), at);
            } else {
                bounded(pendingArticles, article.id(), new Timed<>(article, at));
            }
        });
    }

    public void onAssignment(StoryAssignment assignment, long at) {
        write(() -> {
            String placedIn = storyOfArticle.get(assignment.articleId());
            if (placedIn != null) {
                StoryState old = stories.get(placedIn);
                StoryState.Entry entry = find(old, assignment.articleId());
                if (!placedIn.equals(assignment.storyId())) {
                    old.articles.remove(entry);
                    storyOfArticle.remove(assignment.articleId());
                    changes.append("story", old.summary());
                }
                place(story(assignment.storyId(), at), withCopyOf(entry, assignment.duplicateOf()), at);
                return;
            }
            Timed<Article> article = pendingArticles.remove(assignment.articleId());
            if (article != null) {
                place(story(assignment.storyId(), at), entry(article.value(), assignment.duplicateOf()), at);
            } else {
                bounded(pendingAssignments, assignment.articleId(), new Timed<>(assignment, at));
            }
        });
    }

    public void onClaim(Claim claim, long at) {
        write(() -> {
            ClaimState state = claims.get(claim.id());
            if (state == null) {
                state = new ClaimState(claim, at);
                claims.put(claim.id(), state);
            } else {
                state.claim = claim;
            }
            StoryState story = story(claim.storyId(), at);
            story.claimIds.add(claim.id());
            story.rules.addAll(claim.rules());
            touch(story, at);
            changes.append("claim", claimView(state));
            changes.append("story", story.summary());
        });
    }

    public void onAlert(Alert alert, long at) {
        write(() -> {
            AlertState state = new AlertState(alert, at);
            AlertState old = alerts.put(alert.id(), state);
            if (old != null) {
                state.deliveries.addAll(old.deliveries);
            }
            List<AlertView.Delivery> waiting = pendingDeliveries.remove(alert.id());
            if (waiting != null) {
                waiting.stream().limit(MAX_DELIVERIES - state.deliveries.size()).forEach(state.deliveries::add);
            }
            changes.append("alert", alertView(state));
        });
    }

    /**
     * A delivery outcome of an alert (at most {@value #MAX_DELIVERIES} per alert). One read before its
     * alert waits for it, like an article for its assignment.
     */
    public void onDelivery(String alertId, AlertView.Delivery delivery) {
        write(() -> {
            AlertState state = alerts.get(alertId);
            if (state == null) {
                List<AlertView.Delivery> waiting = pendingDeliveries.remove(alertId);
                waiting = waiting == null ? new ArrayList<>() : waiting;
                if (waiting.size() < MAX_DELIVERIES) {
                    waiting.add(delivery);
                }
                bounded(pendingDeliveries, alertId, waiting);
            } else if (state.deliveries.size() < MAX_DELIVERIES) {
                state.deliveries.add(delivery);
                changes.append("alert", alertView(state));
            }
        });
    }

    /** Drops what fell out of the horizon; the feed calls it now and then, every write does too. */
    public void evictExpired() {
        write(() -> { });
    }

    // ---- reads (HTTP threads) ----

    public Page<StorySummary> stories(Query query) {
        return read(() -> {
            List<StorySummary> items = new ArrayList<>();
            int total = 0;
            for (StoryState story : byActivity.descendingSet()) {
                if (!query.inTime(Instant.ofEpochMilli(story.lastActivity))
                        || query.rule() != null && !story.rules.contains(query.rule())
                        || query.source() != null && !story.hasSource(query.source())
                        || query.language() != null && !story.hasLanguage(query.language())) {
                    continue;
                }
                if (total >= query.offset() && items.size() < query.limit()) {
                    items.add(story.summary());
                }
                total++;
            }
            return new Page<>(List.copyOf(items), query.offset(), query.limit(), total);
        });
    }

    public Optional<StoryDetail> story(String id) {
        return read(() -> {
            StoryState story = stories.get(id);
            if (story == null) {
                return Optional.empty();
            }
            List<ClaimView> claimViews = new ArrayList<>();
            for (String claimId : story.claimIds) {
                ClaimState claim = claims.get(claimId);
                if (claim != null) {
                    claimViews.add(claimView(claim));
                }
            }
            List<AlertView> alertViews = new ArrayList<>();
            for (AlertState alert : alerts.values()) {
                if (alert.alert.storyId().equals(id)) {
                    alertViews.add(alertView(alert));
                }
            }
            return Optional.of(new StoryDetail(story.summary(), story.articleViews(), claimViews, alertViews));
        });
    }

    public Page<ClaimView> claims(Query query) {
        return read(() -> newestFirst(new ArrayList<>(claims.values()), query, state -> {
            Claim claim = state.claim;
            return query.inTime(Instant.ofEpochMilli(state.at))
                    && (query.rule() == null || claim.rules().contains(query.rule()))
                    && (query.speaker() == null || query.speaker().equalsIgnoreCase(claim.speaker()))
                    && query.fromSourceInLanguage(sourceOf(claim), claim.language());
        }, this::claimView));
    }

    public Page<AlertView> alerts(Query query) {
        return read(() -> newestFirst(new ArrayList<>(alerts.values()), query, state -> {
            Alert alert = state.alert;
            return query.inTime(Instant.ofEpochMilli(state.at))
                    && (query.subscription() == null || query.subscription().equals(alert.subscriptionId()))
                    // a digest matches through one of its stories, rule, source and language all holding for it
                    && notifications(alert).stream().anyMatch(item -> (query.rule() == null || item.rules().contains(query.rule()))
                            && query.fromSourceInLanguage(sourceOf(item), languageOf(item)));
        }, this::alertView));
    }

    public List<SourceView> sources() {
        return read(() -> {
            long now = clock.millis();
            List<SourceView> views = new ArrayList<>();
            for (Map.Entry<String, SourceState> e : sources.entrySet()) {
                SourceState s = e.getValue();
                long total = s.perHour.values().stream().mapToLong(Integer::longValue).sum();
                int lastHour = (int) s.lastHour.stream().filter(t -> t >= now - HOUR.toMillis()).count();
                views.add(new SourceView(e.getKey(), total, Instant.ofEpochMilli(s.lastAt), lastHour, List.copyOf(s.languages)));
            }
            return views;
        });
    }

    /** Number of stories in the view. */
    public int storyCount() {
        return read(stories::size);
    }

    // ---- internals ----

    private interface Read<T> {
        T get();
    }

    private <T> T read(Read<T> body) {
        lock.readLock().lock();
        try {
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private void write(Runnable body) {
        lock.writeLock().lock();
        try {
            body.run();
            evict(clock.millis() - horizon.toMillis());
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static <S, V> Page<V> newestFirst(List<S> oldestFirst, Query query, Predicate<S> matches,
                                              java.util.function.Function<S, V> view) {
        List<V> items = new ArrayList<>();
        int total = 0;
        for (int i = oldestFirst.size() - 1; i >= 0; i--) {
            S state = oldestFirst.get(i);
            if (!matches.test(state)) {
                continue;
            }
            if (total >= query.offset() && items.size() < query.limit()) {
                items.add(view.apply(state));
            }
            total++;
        }
        return new Page<>(List.copyOf(items), query.offset(), query.limit(), total);
    }

    private StoryState story(String id, long at) {
        StoryState story = stories.get(id);
        if (story == null) {
            story = new StoryState(id, at);
            stories.put(id, story);
            byActivity.add(story);
        }
        return story;
    }

    private void place(StoryState story, StoryState.Entry entry, long at) {
        if (story.put(entry, maxArticlesPerStory)) {
            storyOfArticle.put(entry.id(), story.id);
        }
        touch(story, at);
        changes.append("story", story.summary());
    }

    private void touch(StoryState story, long at) {
        if (at > story.lastActivity) {
            byActivity.remove(story);
            story.lastActivity = at;
            byActivity.add(story);
        }
    }

    private void evict(long cutoff) {
        while (!byActivity.isEmpty() && (byActivity.first().lastActivity < cutoff || stories.size() > maxStories)) {
            StoryState story = byActivity.pollFirst();
            stories.remove(story.id);
            for (StoryState.Entry entry : story.articles) {
                storyOfArticle.remove(entry.id());
            }
        }
        evictOldest(claims, maxClaims, state -> state.at < cutoff);
        evictOldest(alerts, maxAlerts, state -> state.at < cutoff);
        evictOldest(pendingArticles, MAX_PENDING, timed -> timed.at() < cutoff);
        evictOldest(pendingAssignments, MAX_PENDING, timed -> timed.at() < cutoff);
        evictOldest(pendingDeliveries, MAX_PENDING, waiting -> waiting.get(0).at() != null && waiting.get(0).at().toEpochMilli() < cutoff);
        for (Iterator<SourceState> it = sources.values().iterator(); it.hasNext(); ) {
            SourceState source = it.next();
            source.perHour.headMap(cutoff / HOUR.toMillis()).clear();
            if (source.perHour.isEmpty()) {
                it.remove();
            }
        }
    }

    private static <V> void evictOldest(LinkedHashMap<String, V> map, int max, Predicate<V> expired) {
        Iterator<V> it = map.values().iterator();
        while (it.hasNext()) {
            V oldest = it.next();
            if (map.size() <= max && !expired.test(oldest)) {
                return;
            }
            it.remove();
        }
    }

    private static <V> void bounded(LinkedHashMap<String, V> map, String key, V value) {
        map.remove(key);
        map.put(key, value);
        evictOldest(map, MAX_PENDING, v -> false);
    }

    private void countSource(Article article, long at) {
        SourceState source = sources.computeIfAbsent(article.sourceId(), id -> new SourceState());
        source.perHour.merge(at / HOUR.toMillis(), 1, Integer::sum);
        source.lastHour.addLast(at);
        while (source.lastHour.size() > MAX_RECENT_PER_SOURCE
                || !source.lastHour.isEmpty() && source.lastHour.peekFirst() < clock.millis() - HOUR.toMillis()) {
            source.lastHour.removeFirst();
        }
        source.languages.add(article.language());
        source.lastAt = Math.max(source.lastAt, at);
    }

    private String sourceOf(String articleId) {
        StoryState.Entry entry = placed(articleId);
        return entry == null ? null : entry.sourceId();
    }

    /** The article as placed in its story, or null while it is not. */
    private StoryState.Entry placed(String articleId) {
        String storyId = storyOfArticle.get(articleId);
        return storyId == null ? null : find(stories.get(storyId), articleId);
    }

    private static StoryState.Entry find(StoryState story, String articleId) {
        for (StoryState.Entry entry : story.articles) {
            if (entry.id().equals(articleId)) {
                return entry;
            }
        }
        return null;
    }

    private static StoryState.Entry entry(Article a, String duplicateOf) {
        return new StoryState.Entry(a.id(), a.version(), a.sourceId(), a.url(), a.title(), a.language(), a.eventTime(), duplicateOf);
    }

    private static StoryState.Entry withCopyOf(StoryState.Entry e, String duplicateOf) {
        return new StoryState.Entry(e.id(), e.version(), e.sourceId(), e.url(), e.title(), e.language(), e.time(), duplicateOf);
    }

    private ClaimView claimView(ClaimState state) {
        return new ClaimView(state.claim, Instant.ofEpochMilli(state.at), sourceOf(state.claim));
    }

    /**
     * The source of the article a claim was first seen in: the first of the sources it carries (version 2 on,
     * in order of first appearance), so that it is known whether or not the article has reached the view;
     * else as the view knows that article.
     */
    private String sourceOf(Claim claim) {
        return claim.sources() != null && !claim.sources().isEmpty() ? claim.sources().get(0) : sourceOf(claim.articleId());
    }

    private AlertView alertView(AlertState state) {
        return new AlertView(state.alert, Instant.ofEpochMilli(state.at), sourceOf(state.alert), languageOf(state.alert),
                List.copyOf(state.deliveries));
    }

    /** What an alert notifies: a digest's items (one per story), else the alert itself. */
    private static List<Alert> notifications(Alert alert) {
        return alert.digest() == null || alert.digest().items().isEmpty() ? List.of(alert) : alert.digest().items();
    }

    /**
     * The source of the article the alert's claim was first seen in, as for a claim: as the alert names it
     * (version 2 on), else as the view knows that article.
     */
    private String sourceOf(Alert alert) {
        Alert.ArticleRef article = alert.article();
        return article != null && article.sourceId() != null ? article.sourceId() : sourceOf(alert.articleId());
    }

    /**
     * The language of the alert's claim, which is that of the article the claim was first seen in: as the
     * alert names that article (version 2 on), else as the view knows it, else the claim's in the view.
     */
    private String languageOf(Alert alert) {
        Alert.ArticleRef article = alert.article();
        if (article != null && article.language() != null) {
            return article.language();
        }
        StoryState.Entry placed = placed(alert.articleId());
        if (placed != null) {
            return placed.language();
        }
        ClaimState claim = alert.claimId() == null ? null : claims.get(alert.claimId());
        return claim == null ? null : claim.claim.language();
    }
}
