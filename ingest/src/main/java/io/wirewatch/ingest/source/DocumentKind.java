package io.wirewatch.ingest.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** What a document is, decided from its file name or its HTTP Content-Type and first bytes. */
public enum DocumentKind {
    FEED, PAGE, TEXT;

    /** By extension: .rss .atom .xml .rdf feeds, .html .htm pages, .txt plain text; anything else is not ours. */
    public static Optional<DocumentKind> ofFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".rss") || lower.endsWith(".atom") || lower.endsWith(".xml") || lower.endsWith(".rdf")) {
            return Optional.of(FEED);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm")) {
            return Optional.of(PAGE);
        }
        if (lower.endsWith(".txt")) {
            return Optional.of(TEXT);
        }
        return Optional.empty();
    }

    /**
     * By the body's first characters, then the Content-Type: servers label feeds as text/html or
     * text/plain often enough that the markup itself is the better witness.
     */
    public static DocumentKind ofResponse(String contentType, byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        if (head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf") || head.contains("<urlset")) {
            return FEED;
        }
        if (head.contains("<html") || head.contains("<!doctype html")) {
            return PAGE;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("rss") || type.contains("atom") || type.contains("rdf") || type.contains("xml")) {
            return FEED;
        }
        if (type.startsWith("text/plain")) {
            return TEXT;
        }
        return PAGE;
    }
}
