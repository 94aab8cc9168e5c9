package io.wirewatch.processor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import io.wirewatch.events.Article;
import io.wirewatch.events.Ids;

/**
 * German test articles from {@code src/test/resources/dedup}: the first line is the headline, the rest
 * (after a blank line) the text.
 */
public final class Fixtures {

    /** The shared footer of the local paper, appended to articles in the boilerplate tests. */
    public static final String FOOTER = "fusszeile";

    private Fixtures() {
    }

    public static String resource(String name) {
        String path = "/dedup/" + name + ".txt";
        try (InputStream in = Fixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + path, e);
        }
    }

    public static String title(String name) {
        return resource(name).lines().findFirst().orElseThrow().strip();
    }

    public static String text(String name) {
        String all = resource(name);
        return all.substring(all.indexOf('\n') + 1).strip();
    }

    /** The fixture as an article of the given source, version 1, published at the given time. */
    public static Article article(String name, String id, String sourceId, Instant publishedAt) {
        return article(id, 1, sourceId, title(name), text(name), publishedAt);
    }

    /** The fixture with the shared footer appended as its last paragraph. */
    public static Article withFooter(String name, String id, String sourceId, Instant publishedAt) {
        return article(id, 1, sourceId, title(name), text(name) + "\n\n" + resource(FOOTER).strip(), publishedAt);
    }

    /**
     * An article whose content hash is the hash of its raw text, as a stand-in for ingest's: equal
     * texts give equal hashes, any edit a different one.
     */
    public static Article article(String id, int version, String sourceId, String title, String text, Instant publishedAt) {
        return new Article(Article.SCHEMA_VERSION, id, version, sourceId, "https://" + sourceId + ".example/" + id,
                "https://" + sourceId + ".example/" + id, title, text, "de", List.of(), publishedAt, publishedAt,
                Ids.hash(text));
    }
}
