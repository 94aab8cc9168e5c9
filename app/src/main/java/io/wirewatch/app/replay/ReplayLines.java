package io.wirewatch.app.replay;

import java.util.LinkedHashMap;
import java.util.Map;

import io.wirewatch.events.Alert;
import io.wirewatch.events.Article;
import io.wirewatch.events.Claim;
import io.wirewatch.events.Json;
import io.wirewatch.events.StoryAssignment;

/** The JSON lines {@code replay} prints: a {@code type} field first, then the record's fields. */
final class ReplayLines {

    private ReplayLines() {
    }

    static Map<String, Object> article(Article article, StoryAssignment assignment) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "article");
        line.put("id", article.id());
        line.put("origin", article.origin());
        line.put("url", article.url());
        line.put("title", article.title());
        line.put("storyId", assignment == null ? null : assignment.storyId());
        line.put("duplicateOf", assignment == null ? null : assignment.duplicateOf());
        line.put("reason", assignment == null ? null : assignment.reason().wire());
        line.put("similarity", assignment == null ? null : assignment.similarity());
        line.put("sourceId", article.sourceId());
        line.put("language", article.language());
        line.put("publishedAt", article.publishedAt());
        return line;
    }

    /** A revised verdict of an article printed before: its new story, original and revision. */
    static Map<String, Object> revision(StoryAssignment assignment) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "revision");
        line.put("id", assignment.articleId());
        line.put("storyId", assignment.storyId());
        line.put("duplicateOf", assignment.duplicateOf());
        line.put("reason", assignment.reason().wire());
        line.put("similarity", assignment.similarity());
        line.put("revision", assignment.revision());
        line.put("revisedBy", assignment.revisedBy());
        return line;
    }

    static Map<String, Object> claim(Claim claim) {
        return typed("claim", claim);
    }

    static Map<String, Object> alert(Alert alert) {
        return typed("alert", alert);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> typed(String type, Object record) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", type);
        line.putAll(Json.mapper().convertValue(record, LinkedHashMap.class));
        return line;
    }
}
