package io.wirewatch.processor.copies;

import static io.wirewatch.processor.state.CompactSerde.readLongs;
import static io.wirewatch.processor.state.CompactSerde.readTexts;
import static io.wirewatch.processor.state.CompactSerde.writeLongs;
import static io.wirewatch.processor.state.CompactSerde.writeTexts;

import java.util.List;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;

import io.wirewatch.events.Article;
import io.wirewatch.events.Topics;
import io.wirewatch.processor.state.CompactArticles;
import io.wirewatch.processor.state.CompactSerde;
import io.wirewatch.processor.story.EventKeys;

/**
 * An article with its {@link ArticleFingerprint}, as it travels from the parallel input tasks through the
 * single ordered partition (and the reorder buffer) to copy detection.
 */
public record FingerprintedArticle(Article article, ArticleFingerprint fingerprint) {

    /**
     * Texts longer than this travel without their fingerprint, which the ordered task then computes: a
     * fingerprint takes about two and a half bytes per character of text, and a record of the ordered
     * partition must stay below the broker's message size limit (1 MB by default) whatever the article.
     */
    static final int MAX_FINGERPRINTED_CHARS = 100_000;

    /**
     * In place of the length of the article's JSON: the article follows in {@link CompactArticles}' encoding.
     * A record of an earlier build has the JSON's length there, never negative.
     */
    private static final int COMPACT_ARTICLE = -1;

    /**
     * The internal format: the article in {@link CompactArticles}' encoding (earlier builds wrote its public
     * JSON, which is still read), then the fingerprint in raw longs. A plain JSON
     * article is read too, and fingerprinted on the spot: what an article longer than
     * {@value #MAX_FINGERPRINTED_CHARS} characters is written as, and what the ordered partition and the
     * reorder buffer held before fingerprints were computed upstream, so an upgrade loses no record in flight.
     */
    public static Serde<FingerprintedArticle> serde(Fingerprinter fingerprinter) {
        Serializer<Article> articles = Topics.ARTICLES.valueSerde().serializer();
        Deserializer<Article> articleReader = Topics.ARTICLES.valueSerde().deserializer();
        CompactSerde<FingerprintedArticle> compact = CompactSerde.of(FingerprintedArticle.class, (value, out) -> {
            out.writeInt(COMPACT_ARTICLE);
            CompactArticles.write(value.article(), out);
            ArticleFingerprint fingerprint = value.fingerprint();
            writeLongs(fingerprint.lineHashes(), out);
            for (long[] ofLine : fingerprint.lineShingles()) {
                writeLongs(ofLine, out);
            }
            writeLongs(fingerprint.shingles(), out);
            writeLongs(fingerprint.candidateKeys(), out);
            writeTexts(fingerprint.evidence(), out);
            writeLongs(fingerprint.event().topic(), out);
            writeLongs(fingerprint.event().anchors(), out);
        }, in -> {
            int jsonLength = in.readInt();
            Article article = jsonLength == COMPACT_ARTICLE ? CompactArticles.read(in) : articleReader.deserialize(null, in.readBytes(jsonLength));
            long[] lineHashes = readLongs(in);
            long[][] lineShingles = new long[lineHashes.length][];
            for (int i = 0; i < lineShingles.length; i++) {
                lineShingles[i] = readLongs(in);
            }
            long[] shingles = readLongs(in);
            long[] candidateKeys = readLongs(in);
            List<String> evidence = readTexts(in);
            if (in.atEnd()) {
                // written by a build from before event keys: fingerprinted again, as a plain article is
                return new FingerprintedArticle(article, fingerprinter.fingerprint(article));
            }
            return new FingerprintedArticle(article, new ArticleFingerprint(lineHashes, lineShingles, shingles, candidateKeys, evidence,
                    new EventKeys(readLongs(in), readLongs(in))));
        }, (topic, json) -> {
            Article article = articleReader.deserialize(topic, json);
            return article == null ? null : new FingerprintedArticle(article, fingerprinter.fingerprint(article));
        });
        Serializer<FingerprintedArticle> writer = (topic, value) -> value != null && value.article().text() != null
                && value.article().text().length() > MAX_FINGERPRINTED_CHARS
                ? articles.serialize(topic, value.article())
                : compact.serializer().serialize(topic, value);
        return Serdes.serdeFrom(writer, compact.deserializer());
    }
}
