package io.wirewatch.dashboard.view;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The mutable state of one story inside {@link Views}; only touched under its lock. */
final class StoryState {

    /** An article placed in a story: what the article and its assignment say together. */
    record Entry(String id, int version, String sourceId, String url, String title, String language, Instant time,
                 String duplicateOf) {
    }

    static final Comparator<Entry> ARRIVAL = Comparator.comparing(Entry::time).thenComparing(Entry::id);
    private static final int MAX_ARRIVALS = 20;

    final String id;
    final List<Entry> articles = new ArrayList<>();
    final Set<String> claimIds = new LinkedHashSet<>();
    final Set<String> rules = new TreeSet<>();
    long lastActivity;

    StoryState(String id, long lastActivity) {
        this.id = id;
        this.lastActivity = lastActivity;
    }

    /** Adds or replaces (a correction) the article; false when the story is full and it is new. */
    boolean put(Entry entry, int maxArticles) {
        for (int i = 0; i < articles.size(); i++) {
            if (articles.get(i).id().equals(entry.id())) {
                articles.set(i, entry);
                articles.sort(ARRIVAL);
                return true;
            }
        }
        if (articles.size() >= maxArticles) {
            return false;
        }
        articles.add(entry);
        articles.sort(ARRIVAL);
        return true;
    }

    boolean hasSource(String sourceId) {
        for (Entry entry : articles) {
            if (entry.sourceId().equals(sourceId)) {
                return true;
            }
        }
        return false;
    }

    boolean hasLanguage(String language) {
        for (Entry entry : articles) {
            if (entry.language().equals(language)) {
                return true;
            }
        }
        return false;
    }

    StorySummary summary() {
        Entry first = articles.isEmpty() ? null : articles.get(0);
        Set<String> outlets = new HashSet<>();
        int originals = 0;
        List<Long> arrivals = new ArrayList<>();
        for (Entry entry : articles) {
            outlets.add(entry.sourceId());
            if (entry.duplicateOf() == null) {
                originals++;
            }
            if (arrivals.size() < MAX_ARRIVALS) {
                arrivals.add(delay(first, entry));
            }
        }
        return new StorySummary(id, first == null ? "" : first.title(), articles.size(), outlets.size(), originals,
                first == null ? null : first.sourceId(), first == null ? null : first.time(),
                first == null ? null : articles.get(articles.size() - 1).time(), Instant.ofEpochMilli(lastActivity),
                List.copyOf(rules), claimIds.size(), List.copyOf(arrivals));
    }

    List<ArticleView> articleViews() {
        Entry first = articles.isEmpty() ? null : articles.get(0);
        List<ArticleView> views = new ArrayList<>(articles.size());
        for (Entry e : articles) {
            views.add(new ArticleView(e.id(), e.version(), e.sourceId(), e.url(), e.title(), e.language(), e.time(),
                    e.duplicateOf() != null, e.duplicateOf(), delay(first, e)));
        }
        return views;
    }

    private static long delay(Entry first, Entry entry) {
        return Duration.between(first.time(), entry.time()).toSeconds();
    }
}
