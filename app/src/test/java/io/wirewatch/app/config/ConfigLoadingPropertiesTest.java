package io.wirewatch.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

/**
 * Config loading over hostile input, as an operator's typo or a broken file gives it: a document loads
 * or is refused with a {@link ConfigException} that names the file; no other exception escapes, and no
 * input takes long. The same for environment overrides of every listed key.
 */
class ConfigLoadingPropertiesTest {

    private static final Duration PER_INPUT = Duration.ofSeconds(5);
    private static final String ORIGIN = "fuzz.yaml";

    @Property(tries = 1_000)
    void aDocumentLoadsOrIsRefusedNamingTheFile(@ForAll("documents") String yaml) {
        Assertions.assertTimeout(PER_INPUT, () -> loadOrRefuse(yaml, Map.of()));
    }

    @Property(tries = 500)
    void anEnvironmentOverrideLoadsOrIsRefusedNamingTheFile(@ForAll("overrides") Map<String, String> env) {
        Assertions.assertTimeout(PER_INPUT, () -> loadOrRefuse("sources: []\n", env));
    }

    private static void loadOrRefuse(String yaml, Map<String, String> env) {
        try {
            assertThat(ConfigLoader.parse(yaml, ORIGIN, env)).isNotNull();
        } catch (ConfigException e) {
            assertThat(e.getMessage()).startsWith(ORIGIN + ":");
        }
    }

    /** Keys of the schema and made-up ones, nested at random, with values of every kind and none. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> key = Arbitraries.oneOf(
                Arbitraries.of(ConfigSchema.fields().stream().map(f -> lastSegment(f.path())).distinct().toList()),
                Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("", "~", "null", "0", "-1", "2147483648", "1e309", "true", "[]", "{}", "5m", "PT5M", "-5s",
                        "http://[::1", "ftp://example.org/feed", "https://example.org/feed", "env:NOPE", "file:/nonexistent",
                        "\"a\\nb\"", "'quoted'", "&anchor x", "*alias", "!!binary aGk=", "nordkorea AND (((", "'\u0000'"),
                Arbitraries.strings().ofMaxLength(40).map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\""));
        Arbitrary<String> line = Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.of("", "- "), key, value)
                .as((depth, dash, k, v) -> "  ".repeat(depth) + dash + k + ": " + v);
        Arbitrary<String> structured = line.list().ofMaxSize(25).map(lines -> String.join("\n", lines));
        Arbitrary<String> noise = Arbitraries.strings().ofMaxLength(400);
        Arbitrary<String> deep = Arbitraries.integers().between(1, 2_000).map(n -> "[".repeat(n) + "]".repeat(n));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, structured),
                net.jqwik.api.Tuple.of(3, noise),
                net.jqwik.api.Tuple.of(1, deep));
    }

    /** Variables of listed keys and near misses, with values of every kind. */
    @Provide
    Arbitrary<Map<String, String>> overrides() {
        List<String> names = ConfigSchema.fields().stream().map(ConfigField::environmentName).distinct().toList();
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of(names),
                Arbitraries.of(names).map(n -> n + "_X"), Arbitraries.of("WIREWATCH_", "WIREWATCH_KAFKA_CLIENT_", "WIREWATCH__"));
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.of("", "0", "-1", "99999999999", "true", "maybe", "5m", "1h30", "https://example.org", "env:NOPE",
                        "file:/nonexistent", "a,b", "[x]", "{a: b}"),
                Arbitraries.strings().ofMaxLength(60));
        return Arbitraries.maps(name, value).ofMaxSize(4);
    }

    private static String lastSegment(String path) {
        String plain = path.replace("[]", "");
        return plain.substring(plain.lastIndexOf('.') + 1);
    }
}
