package io.wirewatch.alerts.payload;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;

import io.wirewatch.events.Alert;
import io.wirewatch.events.Article;

/** Articles as alerts show them: where to read them and who published them. */
public final class ArticleRefs {

    private static final String WWW = "www.";

    private ArticleRefs() {
    }

    /** The article without its text, with its outlet and, for a local file, the file URI as its URL. */
    public static Member member(Article article) {
        String url = article.url() != null ? article.url() : fileUri(article.origin());
        Alert.ArticleRef ref = new Alert.ArticleRef(article.id(), article.title(), url, article.sourceId(),
                outlet(url, article.sourceId()), article.language(), article.publishedAt());
        return new Member(ref, article.eventTime());
    }

    /** The host of an http(s) URL without a leading {@code www.}; otherwise the source id. */
    static String outlet(String url, String sourceId) {
        String fallback = sourceId == null ? "unknown" : sourceId;
        if (url == null) {
            return fallback;
        }
        try {
            URI uri = URI.create(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            if (!(scheme.equals("http") || scheme.equals("https")) || host == null) {
                return fallback;
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith(WWW) ? host.substring(WWW.length()) : host;
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** A local path (an origin without a scheme) as a {@code file:} URI; null for anything else. */
    static String fileUri(String origin) {
        if (origin == null || origin.isBlank() || origin.contains("://")) {
            return null;
        }
        try {
            return Path.of(origin).toAbsolutePath().normalize().toUri().toString();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
