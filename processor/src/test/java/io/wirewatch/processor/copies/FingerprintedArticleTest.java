package io.wirewatch.processor.copies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.time.Instant;

import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.Article;
import io.wirewatch.events.Topics;
import io.wirewatch.processor.Fixtures;
import io.wirewatch.processor.ProcessorConfig;
import io.wirewatch.processor.state.CompactArticles;

class FingerprintedArticleTest {

    private static final String TOPIC = "wirewatch-processor-articles-in-order-repartition";

    private final Fingerprinter fingerprinter = new Fingerprinter(ProcessorConfig.defaults().copySettings());
    private final Serde<FingerprintedArticle> serde = FingerprintedArticle.serde(fingerprinter);
    private final Article article = Fixtures.article("bahn-original", "a1", "wwa", Instant.parse("2026-03-02T08:00:00Z"));

    @Test
    void roundTripsArticleAndFingerprint() {
        FingerprintedArticle value = new FingerprintedArticle(article, fingerprinter.fingerprint(article));

        FingerprintedArticle read = serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, value));

        assertThat(read).usingRecursiveComparison().isEqualTo(value);
        assertThat(read.fingerprint().evidence()).isNotEmpty();
        assertThat(read.fingerprint().candidateKeys()).hasSizeGreaterThan(32);
    }

    /** What the ordered partition and the reorder buffer's changelog held before the upgrade: plain article JSON. */
    @Test
    void aPlainArticleInFlightFromAnEarlierVersionIsFingerprintedOnRead() {
        byte[] json = Topics.ARTICLES.valueSerde().serializer().serialize(TOPIC, article);

        FingerprintedArticle read = serde.deserializer().deserialize(TOPIC, json);

        assertThat(read.article()).isEqualTo(article);
        assertThat(read.fingerprint()).usingRecursiveComparison().isEqualTo(fingerprinter.fingerprint(article));
    }

    /** What the ordered partition and the reorder buffer's changelog held before compact articles: the article's JSON inside. */
    @Test
    void aFingerprintedArticleWithItsArticleInJsonFromAnEarlierVersionIsRead() {
        FingerprintedArticle value = new FingerprintedArticle(article, fingerprinter.fingerprint(article));
        byte[] current = serde.serializer().serialize(TOPIC, value);
        int compactArticleLength = CompactArticles.serde().serializer().serialize(TOPIC, article).length - 1;
        byte[] json = Topics.ARTICLES.valueSerde().serializer().serialize(TOPIC, article);
        // format byte, the JSON's length and the JSON, then the fingerprint as it follows the compact article today
        ByteBuffer earlier = ByteBuffer.allocate(1 + Integer.BYTES + json.length + current.length - 1 - Integer.BYTES - compactArticleLength);
        earlier.put(current[0]).putInt(json.length).put(json).put(current, 1 + Integer.BYTES + compactArticleLength,
                current.length - 1 - Integer.BYTES - compactArticleLength);

        FingerprintedArticle read = serde.deserializer().deserialize(TOPIC, earlier.array());

        assertThat(read).usingRecursiveComparison().isEqualTo(value);
    }

    /** Evidence keys come from article text: a 70,000-letter "word" in a quote must not make the record unwritable. */
    @Test
    void evidenceLongerThanWriteUtfAllowsIsWritten() {
        Article odd = Fixtures.article("odd", 1, "wwa", "Meldung",
                "„" + "x".repeat(70_000) + " eins zwei drei vier fünf sechs“, sagte John Kirby am 3. März.", Instant.parse("2026-03-02T08:00:00Z"));
        FingerprintedArticle value = new FingerprintedArticle(odd, fingerprinter.fingerprint(odd));
        assertThat(value.fingerprint().evidence()).anySatisfy(key -> assertThat(key).hasSizeGreaterThan(70_000));

        FingerprintedArticle read = serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC, value));

        assertThat(read).usingRecursiveComparison().isEqualTo(value);
    }

    /** The ordered partition's records must stay below the broker's 1 MB default whatever the article. */
    @Test
    void aVeryLongArticleTravelsWithoutItsFingerprintAndIsFingerprintedOnRead() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() <= 400_000; i++) {
            text.append("Absatz ").append(i).append(": Die Kommission prüft den Bericht über die Lieferungen weiter.\n\n");
        }
        Article longRead = Fixtures.article("long", 1, "wwa", "Dossier", text.toString(), Instant.parse("2026-03-02T08:00:00Z"));
        FingerprintedArticle value = new FingerprintedArticle(longRead, fingerprinter.fingerprint(longRead));

        byte[] bytes = serde.serializer().serialize(TOPIC, value);
        FingerprintedArticle read = serde.deserializer().deserialize(TOPIC, bytes);

        assertThat(bytes.length).isLessThan(1_000_000);
        assertThat(bytes[0]).as("plain article JSON").isEqualTo((byte) '{');
        assertThat(read).usingRecursiveComparison().isEqualTo(value);
        byte[] regular = serde.serializer().serialize(TOPIC, new FingerprintedArticle(article, fingerprinter.fingerprint(article)));
        assertThat(regular[0]).as("an article of ordinary length travels fingerprinted").isNotEqualTo((byte) '{');
    }

    @Test
    void theFingerprintCoversEveryNormalisedLine() {
        ArticleFingerprint fingerprint = fingerprinter.fingerprint(article);

        assertThat(fingerprint.lineHashes()).hasSize(TextNormaliser.lines(article.text()).size());
        assertThat(fingerprint.shingles()).isSorted().doesNotHaveDuplicates();
        Shingles shingles = new Shingles(ProcessorConfig.defaults().copySettings().shingleSize());
        assertThat(fingerprint.lineShingles()[0]).isEqualTo(shingles.ofLine(TextNormaliser.lines(article.text()).get(0)));
        assertThat(Shingles.union(fingerprint.lineShingles())).isEqualTo(fingerprint.shingles());
    }
}
