/**
 * Feeds the views from the public topics: one plain consumer that reads every partition from the
 * start of the horizon and applies each record to {@link io.wirewatch.dashboard.view.Views}.
 */
package io.wirewatch.dashboard.feed;
