package io.wirewatch.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    private final JsonSerde<Article> serde = JsonSerde.of(Article.class);

    @Test
    void articleRoundTripsWithIsoInstants() {
        Article article = new Article(Article.SCHEMA_VERSION, "a1", 1, "dw", "https://example.org/feed",
                "https://example.org/a", "Titel", "Text „mit“ Umlauten äöü", "de", List.of("Anna"),
                Instant.parse("2024-01-05T10:00:00Z"), Instant.parse("2024-01-05T10:05:00Z"), "h1");

        byte[] bytes = serde.serializer().serialize(Topics.ARTICLES.name(), article);

        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"publishedAt\":\"2024-01-05T10:00:00Z\"");
        assertThat(serde.deserializer().deserialize(Topics.ARTICLES.name(), bytes)).isEqualTo(article);
    }

    @Test
    void unknownFieldsAreIgnoredSoContractsCanGrow() {
        String json = "{\"schemaVersion\":2,\"id\":\"r1\",\"query\":\"nordkorea*\",\"addedLater\":true}";
        Rule rule = JsonSerde.of(Rule.class).deserializer()
                .deserialize(Topics.RULES.name(), json.getBytes(StandardCharsets.UTF_8));
        assertThat(rule).isEqualTo(new Rule(2, "r1", "nordkorea*"));
    }

    @Test
    void poisonRecordGivesSerializationExceptionNamingTopic() {
        byte[] garbage = "{not json".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> serde.deserializer().deserialize("news.articles.v1", garbage))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("news.articles.v1");
    }

    @Test
    void idsAreStableAndPartSensitive() {
        assertThat(Ids.hash("a", "bc")).isEqualTo(Ids.hash("a", "bc")).hasSize(16);
        assertThat(Ids.hash("a", "bc")).isNotEqualTo(Ids.hash("ab", "c"));
    }

    @Test
    void everyTopicNameIsUnique() {
        assertThat(Topics.all()).extracting(TopicSpec::name).doesNotHaveDuplicates()
                .contains("news.articles.v1", "news.stories.v2", "news.claims.v2", "news.alerts.v1");
    }
}
