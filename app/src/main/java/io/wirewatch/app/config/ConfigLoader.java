package io.wirewatch.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads the YAML configuration, applies environment overrides, checks every key against
 * {@link ConfigSchema} (unknown keys, types, secret references) and then the values.
 *
 * <p>Every scalar key outside a list can be overridden by an environment variable named
 * {@code WIREWATCH_} plus the key path in upper case with dots as underscores:
 * {@code kafka.bootstrap} → {@code WIREWATCH_KAFKA_BOOTSTRAP},
 * {@code processor.copyWindow} → {@code WIREWATCH_PROCESSOR_COPYWINDOW}. Such a variable named after a
 * list, map or block ({@code WIREWATCH_SOURCES}) is refused rather than ignored. The entries of
 * {@code kafka.client} have one variable each: {@code WIREWATCH_KAFKA_CLIENT_SECURITY_PROTOCOL=SASL_SSL}
 * sets {@code security.protocol}.
 */
public final class ConfigLoader {

    private static final ObjectMapper YAML = JsonMapper.builder(new YAMLFactory())
            .addModule(new SimpleModule("wirewatch-durations").addDeserializer(Duration.class, new DurationDeserializer()))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private ConfigLoader() {
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
            Map<String, String> fromEnvironment = applyEnvironment(root, env);
            new Checker(env, fromEnvironment).object(root, "", "");
            WirewatchConfig config = YAML.treeToValue(root, WirewatchConfig.class);
            return config.validate();
        } catch (UnrecognizedPropertyException e) {
            // The schema check above refuses unknown keys first; this is the net for a key a record binds but the schema lacks.
            throw new ConfigException(origin + ": unknown key '" + join(pathOf(e), e.getPropertyName()) + "'", e);
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

    /** @return the key paths set from the environment, with the variable that set each */
    private static Map<String, String> applyEnvironment(ObjectNode root, Map<String, String> env) {
        Map<String, String> applied = new HashMap<>();
        for (ConfigField field : ConfigSchema.fields()) {
            if (field.entriesFromEnvironment()) {
                applyEntries(root, field, env, applied);
            }
            if (field.inList() || !env.containsKey(field.environmentName())) {
                continue;
            }
            String variable = field.environmentName();
            if (field.environmentVariable().isEmpty()) {
                throw new IllegalArgumentException(variable + ": '" + field.path() + "' is " + field.whyNoEnvironment()
                        + " and cannot be set from the environment; set it in the configuration file");
            }
            String[] parts = field.path().split("\\.");
            parent(root, parts).put(parts[parts.length - 1], env.get(variable));
            applied.put(field.path(), variable);
        }
        return applied;
    }

    /** The entries of a map such as kafka.client, one variable each; they win over the file's entries. */
    private static void applyEntries(ObjectNode root, ConfigField field, Map<String, String> env, Map<String, String> applied) {
        for (Map.Entry<String, String> variable : new TreeMap<>(env).entrySet()) {
            String entry = field.entryOf(variable.getKey());
            if (entry == null) {
                continue;
            }
            String[] parts = field.path().split("\\.");
            ObjectNode parent = parent(root, parts);
            JsonNode map = parent.get(parts[parts.length - 1]);
            ObjectNode entries = map instanceof ObjectNode object ? object : parent.putObject(parts[parts.length - 1]);
            entries.put(entry, variable.getValue());
            applied.put(field.path() + "." + entry, variable.getKey());
        }
    }

    /** The object holding the last part of a key path, created where the file has none. */
    private static ObjectNode parent(ObjectNode root, String[] parts) {
        ObjectNode node = root;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode object ? object : node.putObject(parts[i]);
        }
        return node;
    }

    /** Walks the tree against the schema: unknown keys, shapes and types, secret references. */
    private record Checker(Map<String, String> env, Map<String, String> fromEnvironment) {

        void object(ObjectNode object, String schemaParent, String parent) {
            List<String> names = new ArrayList<>();
            object.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                String schemaPath = schemaParent.isEmpty() ? name : schemaParent + "." + name;
                String path = parent.isEmpty() ? name : parent + "." + name;
                ConfigField field = ConfigSchema.field(schemaPath).orElseThrow(() -> new IllegalArgumentException(
                        "unknown key '" + path + "' (known keys: " + String.join(", ", ConfigSchema.childNames(schemaParent)) + ")"));
                JsonNode value = object.get(name);
                if (!value.isNull()) {
                    value(object, name, value, field, path);
                }
            }
        }

        private void value(ObjectNode parent, String name, JsonNode value, ConfigField field, String path) {
            switch (field.kind()) {
                case OBJECT -> object(mapping(value, path), field.path(), path);
                case OBJECT_LIST -> {
                    ArrayNode list = list(value, path);
                    for (int i = 0; i < list.size(); i++) {
                        if (!list.get(i).isNull()) {
                            object(mapping(list.get(i), path + "[" + i + "]"), field.path() + "[]", path + "[" + i + "]");
                        }
                    }
                }
                case STRING_LIST -> list(value, path).forEach(element -> requireValue(element, path + "[]"));
                case MAP -> map(mapping(value, path), field, path);
                default -> scalar(parent, name, value, field, path);
            }
        }

        private void map(ObjectNode map, ConfigField field, String path) {
            List<String> names = new ArrayList<>();
            map.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                JsonNode value = map.get(name);
                requireValue(value, path + "." + name);
                if (field.path().equals("kafka.client") && SecretValues.isSecretClientSetting(name) && value.isTextual()) {
                    map.put(name, SecretValues.resolve(path + "." + name, value.asText(), env));
                }
            }
        }

        private void scalar(ObjectNode parent, String name, JsonNode value, ConfigField field, String path) {
            String where = fromEnvironment.containsKey(field.path()) ? fromEnvironment.get(field.path()) + ": " + path : path;
            field.typeProblem(value).ifPresent(problem -> {
                throw new IllegalArgumentException(where + ": " + problem);
            });
            if (field.kind() == ConfigField.Kind.SECRET) {
                parent.put(name, SecretValues.resolve(where, value.asText(), env));
            }
        }

        private static ObjectNode mapping(JsonNode value, String path) {
            if (value instanceof ObjectNode object) {
                return object;
            }
            throw new IllegalArgumentException(path + ": expected a mapping of keys, found " + describe(value));
        }

        private static ArrayNode list(JsonNode value, String path) {
            if (value instanceof ArrayNode array) {
                return array;
            }
            throw new IllegalArgumentException(path + ": expected a list, found " + describe(value));
        }

        private static void requireValue(JsonNode value, String path) {
            if (!value.isValueNode()) {
                throw new IllegalArgumentException(path + ": expected a single value, found " + describe(value));
            }
        }

        private static String describe(JsonNode value) {
            return value.isArray() ? "a list" : value.isObject() ? "a mapping" : "a single value";
        }
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
