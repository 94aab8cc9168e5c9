package io.wirewatch.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.junit.jupiter.api.Test;

/** The schema is the one list of keys: it must be exactly what the config records bind, and each listed override must work. */
class ConfigSchemaTest {

    @Test
    void theSchemaListsExactlyTheKeysTheRecordsBind() {
        List<String> bound = new ArrayList<>();
        collectBoundKeys(WirewatchConfig.class, "", bound);

        assertThat(ConfigSchema.fields()).extracting(ConfigField::path).containsExactlyInAnyOrderElementsOf(bound);
        assertThat(bound).doesNotContain("ingest.sources");
    }

    @Test
    void everyKeyHasADescriptionAndTheKindOfItsRecordComponent() {
        assertThat(ConfigSchema.fields()).allSatisfy(field -> assertThat(field.description()).as(field.path()).isNotBlank());
        assertThat(ConfigSchema.field("ingest.maxBytes").orElseThrow().defaultText()).isEqualTo(String.valueOf(10L * 1024 * 1024));
        assertThat(ConfigSchema.field("processor.copyWindow").orElseThrow().defaultText()).isEqualTo("72h");
        assertThat(ConfigSchema.field("subscriptions[].channels[].secret").orElseThrow().kind()).isEqualTo(ConfigField.Kind.SECRET);
    }

    @Test
    void everyListedEnvironmentVariableSetsItsKey() throws Exception {
        for (ConfigField field : ConfigSchema.fields()) {
            if (field.environmentVariable().isEmpty()) {
                continue;
            }
            String value = field.defaultText().isEmpty() ? sample(field) : field.defaultText();
            WirewatchConfig config = ConfigLoader.parse("sources: []", "test.yaml", Map.of(field.environmentVariable().get(), value));

            Object bound = valueAt(config, field.path());
            Object expected = field.kind() == ConfigField.Kind.DURATION ? DurationDeserializer.parse(value) : value;
            assertThat(bound instanceof Duration ? bound : String.valueOf(bound)).as(field.path()).isEqualTo(expected);
        }
    }

    @Test
    void aVariableNamingAKeyNoVariableCanSetIsRefusedNotIgnored() {
        for (ConfigField field : ConfigSchema.fields()) {
            if (field.environmentVariable().isPresent() || field.inList()) {
                continue;
            }
            String variable = field.environmentName();
            assertThatThrownBy(() -> ConfigLoader.parse("sources: []", "test.yaml", Map.of(variable, "x")))
                    .as(variable)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining(variable)
                    .hasMessageContaining("'" + field.path() + "'")
                    .hasMessageContaining("cannot be set from the environment");
        }
    }

    private static String sample(ConfigField field) {
        return switch (field.kind()) {
            case DURATION -> "90s";
            case STRING -> field.path().endsWith("Url") ? "https://wirewatch.example.org" : "broker-1:9092";
            case SECRET -> "s3cret-token";
            default -> throw new AssertionError("no sample for " + field.path());
        };
    }

    private static Object valueAt(Object record, String path) throws Exception {
        Object value = record;
        for (String part : path.split("\\.")) {
            Object current = value;
            RecordComponent component = List.of(current.getClass().getRecordComponents()).stream()
                    .filter(c -> c.getAccessor().getAnnotation(JsonProperty.class) != null)
                    .filter(c -> c.getAccessor().getAnnotation(JsonProperty.class).value().equals(part))
                    .findFirst().orElseThrow();
            value = component.getAccessor().invoke(current);
        }
        return value;
    }

    /** The keys Jackson binds: record components annotated with {@link JsonProperty}, recursively. */
    private static void collectBoundKeys(Class<?> type, String prefix, List<String> keys) {
        for (RecordComponent component : type.getRecordComponents()) {
            // Jackson's annotations target fields, methods and parameters, so they sit on the accessor.
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            if (property == null) {
                continue; // not bound from YAML (filled in by the app, e.g. processor rules)
            }
            String path = prefix + property.value();
            keys.add(path);
            Class<?> raw = component.getType();
            Class<?> element = elementType(component.getGenericType());
            if (raw.isRecord()) {
                collectBoundKeys(raw, path + ".", keys);
            } else if (element != null && element.isRecord()) {
                collectBoundKeys(element, path + "[].", keys);
            }
        }
    }

    private static Class<?> elementType(Type generic) {
        if (generic instanceof ParameterizedType parameterized
                && Collection.class.isAssignableFrom((Class<?>) parameterized.getRawType())
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return null;
    }
}
