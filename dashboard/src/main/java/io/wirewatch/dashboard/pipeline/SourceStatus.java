package io.wirewatch.dashboard.pipeline;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import io.wirewatch.dashboard.view.SourceView;

/**
 * One row of {@code /api/sources}: what the topics tell about a source and, where known, its
 * configuration and poll health.
 *
 * @param id               source id
 * @param configured       true when the source is in this process's configuration
 * @param intervalSeconds  configured time between polls, or null
 * @param language         configured language, or null
 * @param articles         its articles within the horizon
 * @param lastArticleAt    when its newest article was written to the topic, or null
 * @param articlesLastHour its articles written in the last hour
 * @param languages        languages of its articles, sorted
 * @param poll             its poll health, or null when ingest does not run in this process
 */
public record SourceStatus(
        String id,
        boolean configured,
        Long intervalSeconds,
        String language,
        long articles,
        Instant lastArticleAt,
        int articlesLastHour,
        List<String> languages,
        SourcePoll poll) {

    /**
     * Every source that is configured or seen on the topics, by id.
     *
     * @param health the poll health by source id; empty when not known
     */
    public static List<SourceStatus> merge(List<SourceView> seen, List<SourceInfo> sources, Map<String, SourcePoll> health) {
        Map<String, SourceView> byId = new TreeMap<>();
        seen.forEach(view -> byId.put(view.id(), view));
        Map<String, SourceInfo> configured = new TreeMap<>();
        sources.forEach(source -> configured.put(source.id(), source));
        TreeSet<String> ids = new TreeSet<>(byId.keySet());
        ids.addAll(configured.keySet());
        List<SourceStatus> rows = new ArrayList<>();
        for (String id : ids) {
            SourceView view = byId.get(id);
            SourceInfo config = configured.get(id);
            rows.add(new SourceStatus(id, config != null,
                    config == null ? null : config.interval().toSeconds(),
                    config == null ? null : config.language(),
                    view == null ? 0 : view.articles(),
                    view == null ? null : view.lastArticleAt(),
                    view == null ? 0 : view.articlesLastHour(),
                    view == null ? List.of() : view.languages(),
                    health.get(id)));
        }
        return rows;
    }
}
