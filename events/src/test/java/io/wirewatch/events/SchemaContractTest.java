package io.wirewatch.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the JSON schemas in {@code src/main/resources/schemas} honest: each schema must describe
 * exactly the fields that {@link Json#mapper()} writes for its record, so adding a record component
 * without updating the schema fails here. The samples go through the real mapper rather than record
 * reflection because the mapper decides the wire format (a getter-like method would also be written).
 */
class SchemaContractTest {

    private static final String DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema";
    private static final String ID_PREFIX = "https://wirewatch.io/schemas/";

    private static final Instant PUBLISHED = Instant.parse("2024-03-12T06:40:00Z");
    private static final Instant FETCHED = Instant.parse("2024-03-12T06:45:13Z");
    private static final String ARTICLE_ID = "90ae65eb5ebc34e3";
    private static final String COPY_ID = "02d21cb3baac4eac";
    private static final String STORY_ID = "f0bc4391adabbe07";
    private static final String CLAIM_ID = "2be471d45a457661";
    private static final String CLAIM_TEXT = "„Nordkorea hat in der Nacht zwei ballistische Raketen abgefeuert, beide sind "
            + "im Japanischen Meer niedergegangen“, sagte Regierungssprecher Mark Brenner am Dienstag in Berlin.";

    /**
     * One schema and its record. The first sample fills every field; the others set the fields the
     * schema declares nullable to null, so the type check proves the schema admits null there.
     */
    record Contract(String schemaName, int topicVersion, Class<? extends Record> type, List<Record> samples) {

        Contract(String schemaName, Class<? extends Record> type, List<Record> samples) {
            this(schemaName, 1, type, samples);
        }

        String file() {
            return schemaName + ".v" + topicVersion + ".schema.json";
        }

        String resource() {
            return "/schemas/" + file();
        }

        @Override
        public String toString() {
            return schemaName + " ↔ " + type.getSimpleName();
        }
    }

    static Stream<Contract> contracts() {
        return Stream.of(
                new Contract("article", Article.class, List.of(
                        new Article(Article.SCHEMA_VERSION, ARTICLE_ID, 1, "beispiel-nachrichten",
                                "https://www.beispiel-nachrichten.de/feeds/politik.rss",
                                "https://www.beispiel-nachrichten.de/politik/nordkorea-raketentest-brenner-100.html",
                                "Nordkorea feuert erneut Raketen ab – Berlin verurteilt den Start",
                                "BERLIN (wwn) - Die Bundesregierung hat den jüngsten Raketenstart Nordkoreas scharf kritisiert.",
                                "de", List.of("Jana Feldmann"), PUBLISHED, FETCHED, "aa947508dcc3c867"),
                        new Article(Article.SCHEMA_VERSION, ARTICLE_ID, 2, "cli", "./nordkorea.html", null,
                                null, null, null, null, null, FETCHED, "aa947508dcc3c867"))),
                new Contract("story", 2, Story.class, List.of(
                        new Story(Story.SCHEMA_VERSION, STORY_ID,
                                "Nordkorea feuert erneut Raketen ab – Berlin verurteilt den Start",
                                List.of(ARTICLE_ID, COPY_ID), 2, List.of("beispiel-nachrichten", "nachrichten-muster"),
                                PUBLISHED, Instant.parse("2024-03-12T07:15:00Z")))),
                new Contract("claim", 2, Claim.class, List.of(
                        new Claim(Claim.SCHEMA_VERSION, CLAIM_ID, ARTICLE_ID, List.of(ARTICLE_ID, COPY_ID), 2, STORY_ID,
                                CLAIM_TEXT, "Mark Brenner", "sagte", true, false, List.of("nordkorea-raketen"),
                                95, 269, List.of(new Claim.Span(1, 10), new Claim.Span(46, 53)), "de",
                                List.of("beispiel-nachrichten", "nachrichten-muster")),
                        new Claim(Claim.SCHEMA_VERSION, CLAIM_ID, ARTICLE_ID, null, STORY_ID,
                                "Nordkorea soll weitere Raketen vorbereiten.", null, null, false, true, null,
                                0, 43, null, "de"))),
                new Contract("alert", Alert.class, List.of(
                        digest(),
                        fullAlert(),
                        new Alert(1, "db5f08c67bc299cd", "lagezentrum", STORY_ID,
                                List.of("nordkorea-raketen"), CLAIM_ID, ARTICLE_ID, CLAIM_TEXT, "Mark Brenner", PUBLISHED),
                        new Alert(Alert.SCHEMA_VERSION, "db5f08c67bc299cd", "lagezentrum", STORY_ID,
                                null, CLAIM_ID, ARTICLE_ID, "Nordkorea soll weitere Raketen vorbereiten.", null,
                                PUBLISHED),
                        new Alert(Alert.SCHEMA_VERSION, "db5f08c67bc299cd", "lagezentrum", STORY_ID,
                                null, CLAIM_ID, ARTICLE_ID, "Nordkorea soll weitere Raketen vorbereiten.", null, PUBLISHED,
                                new Alert.ArticleRef(ARTICLE_ID, "", null, "cli", "cli", "und", null),
                                new Alert.StoryRef(STORY_ID, "", 0, 0, null, null, ""),
                                List.of(new Alert.ClaimRef(CLAIM_ID, "Nordkorea soll weitere Raketen vorbereiten.", null, null,
                                        null, null, "Nordkorea soll weitere Raketen vorbereiten.")),
                                null, 0, null))),
                new Contract("assignment", StoryAssignment.class, List.of(
                        new StoryAssignment(StoryAssignment.SCHEMA_VERSION, COPY_ID, 1, STORY_ID, ARTICLE_ID, 0.87,
                                Verdict.NEAR_COPY, Instant.parse("2024-03-12T07:15:00Z"), 1, ARTICLE_ID),
                        new StoryAssignment(StoryAssignment.SCHEMA_VERSION, COPY_ID, 1, STORY_ID, ARTICLE_ID, 0.87,
                                Verdict.NEAR_COPY, Instant.parse("2024-03-12T07:15:00Z")),
                        new StoryAssignment(StoryAssignment.SCHEMA_VERSION, ARTICLE_ID, 1, STORY_ID, null, 0.0,
                                Verdict.ORIGINAL, PUBLISHED))),
                new Contract("delivery", Delivery.class, List.of(
                        new Delivery(Delivery.SCHEMA_VERSION, "db5f08c67bc299cd", "lagezentrum", STORY_ID,
                                "webhook https://hooks.example.org", Delivery.RETRIED, 3, 0, 503,
                                "answered HTTP 503", Instant.parse("2024-03-12T07:16:00Z"), FETCHED),
                        new Delivery(Delivery.SCHEMA_VERSION, "db5f08c67bc299cd", "lagezentrum", null,
                                null, Delivery.DELIVERED, 1, 120, null, null, null, FETCHED))),
                new Contract("rule", Rule.class, List.of(
                        Rule.of("nordkorea-raketen", "nordkorea* AND (rakete* OR raketenwerfer)"))));
    }

    /** An alert of the current version with every part filled, as in docs/topics.md. */
    private static Alert fullAlert() {
        Alert.ArticleRef article = new Alert.ArticleRef(ARTICLE_ID,
                "Nordkorea feuert erneut Raketen ab – Berlin verurteilt den Start",
                "https://www.beispiel-nachrichten.de/politik/nordkorea-raketentest-brenner-100.html",
                "beispiel-nachrichten", "beispiel-nachrichten.de", "de", PUBLISHED);
        Alert.StoryRef story = new Alert.StoryRef(STORY_ID, article.title(), 2, 2, "beispiel-nachrichten.de",
                List.of(new Alert.Copy(ARTICLE_ID, "beispiel-nachrichten.de", PUBLISHED, 0),
                        new Alert.Copy(COPY_ID, "nachrichten-muster.de", Instant.parse("2024-03-12T07:15:00Z"), 2100)),
                "beispiel-nachrichten.de 06:40 → nachrichten-muster.de 07:15");
        Alert.ClaimRef claim = new Alert.ClaimRef(CLAIM_ID, CLAIM_TEXT, "Mark Brenner", "sagte",
                List.of("nordkorea-raketen"), List.of(new Claim.Span(1, 10), new Claim.Span(46, 53)),
                "„**Nordkorea** hat in der Nacht zwei ballistische **Raketen** abgefeuert …");
        return new Alert(Alert.SCHEMA_VERSION, "db5f08c67bc299cd", "lagezentrum", STORY_ID,
                List.of("nordkorea-raketen"), CLAIM_ID, ARTICLE_ID, CLAIM_TEXT, "Mark Brenner", PUBLISHED,
                article, story, List.of(claim), "https://wirewatch.example.org/stories/" + STORY_ID, 1, "+1 outlet");
    }

    /** A digest of the current version: the full alert as its one item, the top level repeating it. */
    private static Alert digest() {
        Alert item = fullAlert();
        Alert.Digest digest = new Alert.Digest("daily", true, Instant.parse("2024-03-11T06:30:00Z"),
                Instant.parse("2024-03-12T06:30:00Z"), "Europe/Berlin", 0, List.of(item));
        return item.asDigest("7c1e0a35d29b4f68", digest);
    }

    @Test
    void anAssignmentOfSchemaVersionOneReadsAsAFirstVerdict() {
        String v1 = "{\"schemaVersion\":1,\"articleId\":\"" + COPY_ID + "\",\"articleVersion\":1,\"storyId\":\"" + STORY_ID
                + "\",\"duplicateOf\":\"" + ARTICLE_ID + "\",\"similarity\":0.87,\"reason\":\"near-copy\","
                + "\"assignedAt\":\"2024-03-12T07:15:00Z\"}";

        StoryAssignment read = Json.read(v1, StoryAssignment.class);

        assertThat(read.revision()).isZero();
        assertThat(read.revisedBy()).isNull();
        assertThat(read.revised()).isFalse();
        assertThat(read.duplicateOf()).isEqualTo(ARTICLE_ID);
    }

    @Test
    void aClaimOfSchemaVersionOneReadsAsNotCarryingSources() {
        String v1 = "{\"schemaVersion\":1,\"id\":\"" + CLAIM_ID + "\",\"articleId\":\"" + ARTICLE_ID + "\",\"articleIds\":[\""
                + ARTICLE_ID + "\",\"" + COPY_ID + "\"],\"storyId\":\"" + STORY_ID + "\",\"text\":\"Nordkorea soll weitere Raketen "
                + "vorbereiten.\",\"speaker\":null,\"cue\":null,\"direct\":false,\"hedged\":true,\"rules\":[\"nordkorea-raketen\"],"
                + "\"start\":0,\"end\":43,\"highlights\":[],\"language\":\"de\"}";

        Claim read = Json.read(v1, Claim.class);

        assertThat(read.sources()).isNull();
        assertThat(read.articleIds()).containsExactly(ARTICLE_ID, COPY_ID);
        assertThat(read.rules()).containsExactly("nordkorea-raketen");
    }

    @Test
    void aClaimWithSourcesKeepsThemThroughJson() {
        Claim claim = new Claim(Claim.SCHEMA_VERSION, CLAIM_ID, ARTICLE_ID, List.of(ARTICLE_ID, COPY_ID), STORY_ID, CLAIM_TEXT,
                "Mark Brenner", "sagte", true, false, List.of("nordkorea-raketen"), 95, 269, List.of(), "de",
                List.of("beispiel-nachrichten", "nachrichten-muster"));

        Claim read = Json.read(Json.mapper().valueToTree(claim).toString(), Claim.class);

        assertThat(read).isEqualTo(claim);
        assertThat(read.schemaVersion()).isEqualTo(2);
    }

    @Test
    void alertPartsMatchTheFieldsJsonWrites() {
        JsonNode defs = loadSchema("/schemas/alert.v1.schema.json").path("$defs");
        Alert alert = fullAlert();
        Map<String, Object> parts = Map.of(
                "articleRef", alert.article(),
                "storyRef", alert.story(),
                "copy", alert.story().lineage().get(0),
                "claimRef", alert.claims().get(0),
                "span", new Claim.Span(1, 10),
                "digest", digest().digest());

        parts.forEach((name, part) -> {
            JsonNode def = defs.path(name);
            assertThat(fieldNames(def.path("properties"))).as("$defs.%s", name)
                    .isEqualTo(fieldNames(Json.mapper().valueToTree(part)));
            assertThat(textValues(def.path("required"))).as("$defs.%s.required", name)
                    .isSubsetOf(fieldNames(def.path("properties")));
            def.path("properties").properties().forEach(property ->
                    assertThat(property.getValue().path("description").asText())
                            .as("description of $defs.%s.%s", name, property.getKey()).isNotBlank());
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void schemaPropertiesAreExactlyTheFieldsJsonWrites(Contract contract) {
        JsonNode schema = loadSchema(contract);

        Set<String> written = fieldNames(Json.mapper().valueToTree(contract.samples().get(0)));

        assertThat(fieldNames(schema.path("properties")))
                .as("properties of %s must match what Json.mapper() writes for %s — update the schema "
                        + "(additively) when the record changes", contract.resource(), contract.type().getSimpleName())
                .isEqualTo(written);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void requiredFieldsAreDeclaredProperties(Contract contract) {
        JsonNode schema = loadSchema(contract);

        assertThat(schema.path("required").isArray()).as("%s has a required list", contract.resource()).isTrue();
        assertThat(textValues(schema.path("required")))
                .as("required of %s", contract.resource())
                .isNotEmpty()
                .contains("schemaVersion", keyField(contract))
                .isSubsetOf(fieldNames(schema.path("properties")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void schemaIsDraft2020WithItsOwnIdAndDescribesEveryField(Contract contract) {
        JsonNode schema = loadSchema(contract);

        assertThat(schema.path("$schema").asText()).isEqualTo(DRAFT_2020_12);
        assertThat(schema.path("$id").asText()).isEqualTo(ID_PREFIX + contract.file());
        assertThat(schema.path("title").asText()).isEqualTo(contract.type().getSimpleName());
        assertThat(schema.path("description").asText()).isNotBlank();
        // Contracts grow additively: a reader validating with this schema must accept newer records.
        assertThat(schema.path("additionalProperties").asBoolean(false)).isTrue();
        schema.path("properties").properties().forEach(property ->
                assertThat(property.getValue().path("description").asText())
                        .as("description of %s.%s", contract.schemaName(), property.getKey())
                        .isNotBlank());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contracts")
    void everyWrittenValueHasATypeTheSchemaAllows(Contract contract) {
        JsonNode schema = loadSchema(contract);

        for (Record sample : contract.samples()) {
            JsonNode json = Json.mapper().valueToTree(sample);
            List<String> violations = new ArrayList<>();
            TypeCheck.check(json, schema, schema, contract.schemaName(), violations);
            assertThat(violations).as("%s against %s", json, contract.resource()).isEmpty();
        }
    }

    @Test
    void claimSpanSchemaMatchesTheFieldsJsonWrites() {
        JsonNode span = loadSchema("/schemas/claim.v2.schema.json").path("$defs").path("span");

        assertThat(fieldNames(span.path("properties")))
                .isEqualTo(fieldNames(Json.mapper().valueToTree(new Claim.Span(3, 9))));
        assertThat(textValues(span.path("required"))).isSubsetOf(fieldNames(span.path("properties")));
    }

    @Test
    void everyTopicWithJsonValuesHasASchema() {
        Set<Class<?>> covered = new HashSet<>();
        contracts().forEach(contract -> covered.add(contract.type()));

        for (TopicSpec<?, ?> topic : Topics.all()) {
            Serde<?> values = topic.valueSerde();
            if (values instanceof JsonSerde<?> json) {
                assertThat(covered)
                        .as("value type of %s needs a schema and a Contract in this test", topic.name())
                        .contains(json.type());
            }
        }
    }

    /** The field that holds the record key: "id", except for the assignment (its article) and the delivery (its alert). */
    private static String keyField(Contract contract) {
        if (contract.type() == StoryAssignment.class) {
            return "articleId";
        }
        return contract.type() == Delivery.class ? "alertId" : "id";
    }

    private static JsonNode loadSchema(Contract contract) {
        return loadSchema(contract.resource());
    }

    private static JsonNode loadSchema(String resource) {
        try (InputStream in = SchemaContractTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                return fail("schema %s is not on the classpath", resource);
            }
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }

    private static Set<String> fieldNames(JsonNode object) {
        Set<String> names = new TreeSet<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> textValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    /**
     * The subset of JSON Schema the wirewatch schemas use: {@code type}, {@code format: date-time},
     * {@code properties}, {@code items}, {@code anyOf} and local {@code $ref}s. Enough to catch a field whose Java
     * type no longer matches its schema (an Instant written as a number, a nullable field declared
     * non-null) without adding a validator dependency to the contracts module.
     */
    private static final class TypeCheck {

        private static final Map<JsonNodeKind, Set<String>> ALLOWED = Map.of(
                JsonNodeKind.INTEGER, Set.of("integer", "number"),
                JsonNodeKind.NUMBER, Set.of("number"),
                JsonNodeKind.STRING, Set.of("string"),
                JsonNodeKind.BOOLEAN, Set.of("boolean"),
                JsonNodeKind.NULL, Set.of("null"),
                JsonNodeKind.ARRAY, Set.of("array"),
                JsonNodeKind.OBJECT, Set.of("object"));

        private enum JsonNodeKind {
            INTEGER, NUMBER, STRING, BOOLEAN, NULL, ARRAY, OBJECT;

            static JsonNodeKind of(JsonNode node) {
                if (node.isIntegralNumber()) {
                    return INTEGER;
                }
                if (node.isNumber()) {
                    return NUMBER;
                }
                if (node.isTextual()) {
                    return STRING;
                }
                if (node.isBoolean()) {
                    return BOOLEAN;
                }
                if (node.isNull()) {
                    return NULL;
                }
                return node.isArray() ? ARRAY : OBJECT;
            }
        }

        private TypeCheck() {
        }

        static void check(JsonNode value, JsonNode schema, JsonNode root, String path, List<String> violations) {
            JsonNode resolved = resolve(schema, root);
            if (resolved.has("anyOf")) {
                checkAnyOf(value, resolved.path("anyOf"), root, path, violations);
                return;
            }
            JsonNodeKind kind = JsonNodeKind.of(value);
            Set<String> declared = declaredTypes(resolved.path("type"));
            if (!declared.isEmpty() && declared.stream().noneMatch(ALLOWED.get(kind)::contains)) {
                violations.add(path + ": " + kind + " " + value + " is not of type " + declared);
                return;
            }
            if ("date-time".equals(resolved.path("format").asText()) && value.isTextual()) {
                checkDateTime(value.asText(), path, violations);
            }
            if (value.isObject()) {
                value.properties().forEach(field -> {
                    JsonNode fieldSchema = resolved.path("properties").path(field.getKey());
                    if (!fieldSchema.isMissingNode()) {
                        check(field.getValue(), fieldSchema, root, path + "." + field.getKey(), violations);
                    }
                });
            }
            if (value.isArray() && resolved.has("items")) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), resolved.path("items"), root, path + "[" + i + "]", violations);
                }
            }
        }

        /** Valid when one branch has no violation; otherwise the violations of every branch. */
        private static void checkAnyOf(JsonNode value, JsonNode branches, JsonNode root, String path, List<String> violations) {
            List<String> all = new ArrayList<>();
            for (JsonNode branch : branches) {
                List<String> found = new ArrayList<>();
                check(value, branch, root, path, found);
                if (found.isEmpty()) {
                    return;
                }
                all.addAll(found);
            }
            violations.addAll(all);
        }

        private static JsonNode resolve(JsonNode schema, JsonNode root) {
            String ref = schema.path("$ref").asText("");
            if (ref.isEmpty()) {
                return schema;
            }
            if (ref.equals("#")) {
                return root; // a digest's items are alerts themselves
            }
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("only local $refs are supported, got " + ref);
            }
            JsonNode target = root.at(ref.substring(1));
            if (target.isMissingNode()) {
                throw new IllegalArgumentException("dangling $ref " + ref);
            }
            return target;
        }

        private static Set<String> declaredTypes(JsonNode type) {
            Set<String> types = new TreeSet<>();
            if (type.isTextual()) {
                types.add(type.asText());
            }
            type.forEach(t -> types.add(t.asText()));
            return types;
        }

        private static void checkDateTime(String text, String path, List<String> violations) {
            try {
                DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text);
            } catch (DateTimeParseException e) {
                violations.add(path + ": \"" + text + "\" is not an RFC 3339 date-time");
            }
        }
    }
}
