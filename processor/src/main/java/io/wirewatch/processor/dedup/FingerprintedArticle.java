package io.wirewatch.processor.dedup;

import static io.wirewatch.processor.state.CompactSerde.readLongs;
import static io.wirewatch.processor.state.CompactSerde.readTexts;
import static io.wirewatch.processor.state.CompactSerde.writeLongs;
import static io.wirewatch.processor.state.CompactSerde.writeTexts;

import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;

import io.wirewatch.events.Article;
import io.wirewatch.events.Topics;
import io.wirewatch.processor.state.CompactSerde;

/**
 * An article with its {@link ArticleFingerprint}, as it travels from the parallel input tasks through the
 * single ordered partition (and the reorder buffer) to copy detection.
 */
public record FingerprintedArticle(Article article, ArticleFingerprint fingerprint) {

    /**
     * The internal format: the article in its public JSON, then the fingerprint in raw longs. A plain JSON
     * article (what the ordered partition and the reorder buffer held before fingerprints were computed
     * upstream) is still read, and fingerprinted on the spot, so an upgrade loses no record in flight.
     */
    public static CompactSerde<FingerprintedArticle> serde(Fingerprinter fingerprinter) {
        Serializer<Article> articles = Topics.ARTICLES.valueSerde().serializer();
        Deserializer<Article> articleReader = Topics.ARTICLES.valueSerde().deserializer();
        return CompactSerde.of(FingerprintedArticle.class, (value, out) -> {
            byte[] json = articles.serialize(null, value.article());
            out.writeInt(json.length);
            out.write(json);
            ArticleFingerprint fingerprint = value.fingerprint();
            writeLongs(fingerprint.lineHashes(), out);
            for (long[] ofLine : fingerprint.lineShingles()) {
                writeLongs(ofLine, out);
            }
            writeLongs(fingerprint.shingles(), out);
            writeLongs(fingerprint.candidateKeys(), out);
            writeTexts(fingerprint.evidence(), out);
        }, in -> {
            byte[] json = new byte[in.readInt()];
            in.readFully(json);
            Article article = articleReader.deserialize(null, json);
            long[] lineHashes = readLongs(in);
            long[][] lineShingles = new long[lineHashes.length][];
            for (int i = 0; i < lineShingles.length; i++) {
                lineShingles[i] = readLongs(in);
            }
            return new FingerprintedArticle(article, new ArticleFingerprint(lineHashes, lineShingles, readLongs(in), readLongs(in), readTexts(in)));
        }, (topic, json) -> {
            Article article = articleReader.deserialize(topic, json);
            return article == null ? null : new FingerprintedArticle(article, fingerprinter.fingerprint(article));
        });
    }
}
