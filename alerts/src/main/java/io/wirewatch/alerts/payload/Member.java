package io.wirewatch.alerts.payload;

import java.time.Instant;
import java.util.Objects;

import io.wirewatch.events.Alert;

/**
 * One article of a story as the alerts topology remembers it: no text, only what an alert shows.
 *
 * @param article the article as an alert shows it
 * @param at      its time: publication when known, else when it was fetched
 */
public record Member(Alert.ArticleRef article, Instant at) {

    public Member {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(at, "at");
    }
}
