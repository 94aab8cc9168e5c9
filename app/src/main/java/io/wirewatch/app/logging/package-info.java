/**
 * How the process logs: text or JSON lines on stderr ({@link io.wirewatch.app.logging.LogFormat}),
 * and the few Kafka warnings that every healthy start prints, which are dropped so that a WARN line
 * means trouble ({@link io.wirewatch.app.logging.ExpectedKafkaNoise}).
 */
package io.wirewatch.app.logging;
