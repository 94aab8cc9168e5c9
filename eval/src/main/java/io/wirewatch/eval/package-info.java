/**
 * Evaluation commands ({@code wirewatch eval ...}): score extraction, feed parsing, copy and story
 * detection and claim recognition on a corpus given by path, and print the figures.
 */
package io.wirewatch.eval;
