/** The {@code wirewatch} commands: {@code run}, {@code fetch}, {@code replay}, {@code config}. */
package io.wirewatch.app.cli;
