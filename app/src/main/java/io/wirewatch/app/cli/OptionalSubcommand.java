package io.wirewatch.app.cli;

/**
 * A picocli {@code @Command} that {@code wirewatch} offers as a subcommand when its module is on the
 * classpath, found through {@link java.util.ServiceLoader}: the evaluation commands live in the
 * {@code eval} module, which the service jar does not carry, and reach the command line this way.
 * Implementations need a public no-argument constructor.
 */
public interface OptionalSubcommand {
}
