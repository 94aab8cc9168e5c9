/**
 * The {@code wirewatch} command line. {@link io.wirewatch.app.Main} only parses arguments; each
 * command lives in {@code cli}, the all-in-one runner in {@code run}, offline replay in
 * {@code replay}, configuration in {@code config}.
 */
package io.wirewatch.app;
