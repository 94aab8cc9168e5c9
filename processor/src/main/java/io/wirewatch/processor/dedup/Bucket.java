package io.wirewatch.processor.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * The articles listed under one candidate key, oldest first. Capped: a key shared by very many articles
 * (a stock phrase) says nothing about copies, and an unbounded list would make every lookup slow.
 */
public record Bucket(List<String> articleIds) {

    static final int MAX_SIZE = 200;

    public Bucket {
        articleIds = articleIds == null ? List.of() : List.copyOf(articleIds);
    }

    Bucket with(String articleId) {
        List<String> ids = new ArrayList<>(articleIds);
        if (!ids.contains(articleId)) {
            ids.add(articleId);
        }
        while (ids.size() > MAX_SIZE) {
            ids.remove(0);
        }
        return new Bucket(ids);
    }

    Bucket without(String articleId) {
        List<String> ids = new ArrayList<>(articleIds);
        ids.remove(articleId);
        return new Bucket(ids);
    }
}
