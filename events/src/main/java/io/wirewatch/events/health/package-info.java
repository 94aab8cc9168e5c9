/**
 * Whether a service still does its work: the one small state every service exposes, so that the
 * runner (and a health endpoint) can tell a process that is up from one that works.
 */
package io.wirewatch.events.health;
