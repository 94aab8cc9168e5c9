package io.wirewatch.dashboard.view;

import java.util.List;

/**
 * One page of a list.
 *
 * @param items  the entries, newest first
 * @param offset how many matching entries come before them
 * @param limit  the page size asked for
 * @param total  how many entries match in all
 */
public record Page<T>(List<T> items, int offset, int limit, int total) {
}
