package io.wirewatch.app.config;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One configuration key, declared once in {@link ConfigSchema}: its path, type, default and
 * description. The {@code wirewatch config} listing, the environment overrides and the type checks of
 * the loader are all derived from these declarations (as debezium's {@code Field} does for connectors).
 *
 * @param path         the key path; {@code []} marks the elements of a list, e.g. {@code sources[].url}
 * @param kind         what the value is
 * @param defaultValue the value when the key is absent, or null when absence has a meaning of its own
 *                     (the description says which)
 * @param description  what the key means, for the listing
 */
public record ConfigField(String path, Kind kind, Object defaultValue, String description) {

    static final String ENV_PREFIX = "WIREWATCH_";

    /** The kinds of value a key can hold. */
    public enum Kind {
        STRING("string", true), SECRET("secret", true), INTEGER("integer", true), LONG("integer", true),
        DOUBLE("number", true), BOOLEAN("boolean", true), DURATION("duration", true), MAP("map", false),
        STRING_LIST("list", false), OBJECT("object", false), OBJECT_LIST("list", false);

        private final String label;
        private final boolean scalar;

        Kind(String label, boolean scalar) {
            this.label = label;
            this.scalar = scalar;
        }

        /** The type as the listing shows it. */
        public String label() {
            return label;
        }

        /** A single value, which an environment variable can carry. */
        public boolean scalar() {
            return scalar;
        }
    }

    /** True for keys of list elements ({@code sources[].url}), which no environment variable can address. */
    public boolean inList() {
        return path.contains("[]");
    }

    /** {@code WIREWATCH_} plus the path in upper case with {@code _} for {@code .}, for every key outside a list. */
    String environmentName() {
        return ENV_PREFIX + path.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** The environment variable that overrides this key: only scalar keys outside lists have one. */
    public Optional<String> environmentVariable() {
        return kind.scalar() && !inList() ? Optional.of(environmentName()) : Optional.empty();
    }

    /**
     * True for a map outside lists ({@code kafka.client}): each entry has a variable of its own, the
     * entry's name in upper case with {@code _} for {@code .} after {@link #environmentName()} and
     * {@code _}, e.g. {@code WIREWATCH_KAFKA_CLIENT_SECURITY_PROTOCOL} for {@code security.protocol}
     * (Kafka's setting names have no underscores, so the mapping is unambiguous).
     */
    public boolean entriesFromEnvironment() {
        return kind == Kind.MAP && !inList();
    }

    /** The entry name a variable of a map's entries stands for, or null when it is not one of them. */
    String entryOf(String variable) {
        String prefix = environmentName() + "_";
        return entriesFromEnvironment() && variable.startsWith(prefix) && variable.length() > prefix.length()
                ? variable.substring(prefix.length()).toLowerCase(Locale.ROOT).replace('_', '.')
                : null;
    }

    /** How the listing shows the environment variables of this key. */
    public String environmentHint() {
        if (entriesFromEnvironment()) {
            return environmentName() + "_<NAME>";
        }
        return environmentVariable().orElse("file only");
    }

    /** Why no environment variable can set this key, for the listing and for the error when one is set anyway. */
    String whyNoEnvironment() {
        if (inList()) {
            return "an element of a list";
        }
        return switch (kind) {
            case MAP -> "a map (set one entry with " + environmentHint() + ", e.g. " + environmentName() + "_SECURITY_PROTOCOL)";
            case OBJECT -> "a block of keys (set its keys one by one)";
            default -> "a list";
        };
    }

    /** The default as the listing shows it, or an empty string. */
    public String defaultText() {
        if (defaultValue == null) {
            return "";
        }
        return defaultValue instanceof Duration duration ? DurationDeserializer.format(duration) : defaultValue.toString();
    }

    /**
     * Checks that a scalar value has this key's type.
     *
     * @return what is wrong, or empty
     */
    Optional<String> typeProblem(JsonNode node) {
        if (!node.isValueNode()) {
            return Optional.of("expected " + article() + " " + kind.label() + ", found a " + (node.isArray() ? "list" : "mapping"));
        }
        String text = node.asText().trim();
        boolean ok = switch (kind) {
            case INTEGER -> node.canConvertToInt() && node.isIntegralNumber() || text.matches("-?\\d{1,9}");
            case LONG -> node.isIntegralNumber() && node.canConvertToLong() || text.matches("-?\\d{1,18}");
            case DOUBLE -> node.isNumber() || text.matches("-?(\\d+\\.?\\d*|\\.\\d+)([eE]-?\\d+)?");
            case BOOLEAN -> node.isBoolean() || text.equals("true") || text.equals("false");
            case DURATION -> isDuration(text);
            default -> true;
        };
        if (ok) {
            return Optional.empty();
        }
        String shown = kind == Kind.SECRET ? "" : ", was '" + text + "'";
        return Optional.of(kind == Kind.DURATION
                ? "not a duration (use e.g. 30s, 5m, 72h, 14d or PT5M)" + shown
                : "expected " + article() + " " + kind.label() + shown);
    }

    private String article() {
        return kind == Kind.INTEGER || kind == Kind.LONG ? "an" : "a";
    }

    private static boolean isDuration(String text) {
        try {
            DurationDeserializer.parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
