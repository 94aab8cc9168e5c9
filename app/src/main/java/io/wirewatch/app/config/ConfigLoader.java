package io.wirewatch.app.config;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the YAML configuration, applies environment overrides and validates it.
 *
 * <p>Every scalar key outside a list can be overridden by an environment variable named
 * {@code WIREWATCH_} plus the key path in upper case with dots as underscores:
 * {@code kafka.bootstrap} → {@code WIREWATCH_KAFKA_BOOTSTRAP},
 * {@code processor.copyWindow} → {@code WIREWATCH_PROCESSOR_COPYWINDOW}.
 */
public final class ConfigLoader {

    static final String ENV_PREFIX = "WIREWATCH_";

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new SimpleModule("wirewatch-durations").addDeserializer(Duration.class, new DurationDeserializer()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ConfigLoader() {
    }

    /** A declared configuration key. */
    public record ConfigKey(String path, String type, String description) {
        /** The environment variable that overrides this key, or null for keys inside lists. */
        public String environmentVariable() {
            return path.contains("[]") ? null : ENV_PREFIX + path.toUpperCase().replace('.', '_');
        }
    }

    /** Reads {@code file}; throws {@link ConfigException} naming the file and the key for any problem. */
    public static WirewatchConfig load(Path file, Map<String, String> env) {
        String yaml;
        try {
            yaml = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(yaml, file.toString(), env);
    }

    /** Parses YAML text; {@code origin} names it in error messages. */
    public static WirewatchConfig parse(String yaml, String origin, Map<String, String> env) {
        try {
            JsonNode tree = YAML.readTree(yaml);
            ObjectNode root = tree instanceof ObjectNode object ? object : JsonNodeFactory.instance.objectNode();
            if (tree != null && !tree.isMissingNode() && !tree.isNull() && !tree.isObject()) {
                throw new ConfigException(origin + ": the configuration must be a mapping of keys, e.g. 'sources:'");
            }
            applyEnvironment(root, env);
            WirewatchConfig config = YAML.treeToValue(root, WirewatchConfig.class);
            return config.validate();
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", ", " (known keys: ", ")"));
            throw new ConfigException(origin + ": unknown key '" + join(pathOf(e), e.getPropertyName()) + "'" + known, e);
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new ConfigException(origin + ": " + prefixed(pathOf(e), cause.getMessage()), e);
        } catch (JsonMappingException e) {
            throw new ConfigException(origin + ": " + prefixed(pathOf(e), "bad value: " + e.getOriginalMessage()), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(origin + ": not valid YAML: " + e.getOriginalMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(origin + ": " + e.getMessage(), e);
        }
    }

    /** Every key the configuration declares, with its description, in file order. */
    public static List<ConfigKey> keys() {
        List<ConfigKey> keys = new ArrayList<>();
        collectKeys(WirewatchConfig.class, "", keys);
        return keys;
    }

    private static void applyEnvironment(ObjectNode root, Map<String, String> env) {
        for (ConfigKey key : keys()) {
            String variable = key.environmentVariable();
            String value = variable == null ? null : env.get(variable);
            if (value == null || key.type().equals("object") || key.type().equals("list")) {
                continue;
            }
            String[] parts = key.path().split("\\.");
            ObjectNode node = root;
            for (int i = 0; i < parts.length - 1; i++) {
                JsonNode child = node.get(parts[i]);
                node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
            }
            node.put(parts[parts.length - 1], value);
        }
    }

    private static void collectKeys(Class<?> type, String prefix, List<ConfigKey> keys) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            // Jackson's annotations target fields, methods and parameters, so they sit on the accessor.
            JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
            if (property == null) {
                continue; // not bound from YAML (filled in by the app, e.g. processor rules)
            }
            JsonPropertyDescription description = component.getAccessor().getAnnotation(JsonPropertyDescription.class);
            String path = prefix + property.value();
            Class<?> raw = component.getType();
            Class<?> element = elementType(component.getGenericType());
            String kind = raw.isRecord() ? "object"
                    : Collection.class.isAssignableFrom(raw) ? "list"
                    : Map.class.isAssignableFrom(raw) ? "map"
                    : raw.getSimpleName().toLowerCase();
            keys.add(new ConfigKey(path, kind, description == null ? "" : description.value()));
            if (raw.isRecord()) {
                collectKeys(raw, path + ".", keys);
            } else if (element != null && element.isRecord()) {
                collectKeys(element, path + "[].", keys);
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

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            } else if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            }
        }
        return path.toString();
    }

    private static String join(String path, String last) {
        String parent = path.endsWith("." + last) ? path.substring(0, path.length() - last.length() - 1)
                : path.equals(last) ? "" : path;
        return parent.isEmpty() ? last : parent + "." + last;
    }

    private static String prefixed(String path, String message) {
        if (path.isEmpty() || message == null || message.startsWith(path) || message.matches("^[\\w.\\[\\]]+: .*")) {
            return message;
        }
        return path + ": " + message;
    }
}
