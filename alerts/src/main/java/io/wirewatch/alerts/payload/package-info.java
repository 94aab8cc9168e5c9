/**
 * What an alert tells its reader beyond the claim: the article to open, the story with its copy
 * lineage (who had it first, who followed how much later), the matched words marked, and the link
 * to the dashboard. Pure functions over the article and story data the alerts topology keeps.
 */
package io.wirewatch.alerts.payload;
