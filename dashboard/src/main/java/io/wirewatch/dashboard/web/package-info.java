/**
 * The read-only HTTP side of the dashboard (Javalin on Jetty): the JSON API, the server-sent
 * events stream and the page's static files, behind the bearer-token check and security headers.
 */
package io.wirewatch.dashboard.web;
