/**
 * The configuration file: one YAML document with the keys {@code kafka}, {@code data},
 * {@code sources}, {@code rules}, {@code subscriptions} and the per-service blocks {@code ingest},
 * {@code processor}, {@code alerts}. Each service declares its own settings (keys, defaults,
 * descriptions) in its config record; this package reads the file, applies environment overrides
 * and refuses unknown keys and bad values at start-up with a message that names them.
 */
package io.wirewatch.app.config;
