/**
 * Bounded in-memory views of the public topics: stories with their articles and claims, alerts and
 * sources. {@link io.wirewatch.dashboard.view.Views} is fed record by record and answers queries
 * with immutable snapshots; a horizon and caps keep its memory flat on a long run.
 */
package io.wirewatch.dashboard.view;
