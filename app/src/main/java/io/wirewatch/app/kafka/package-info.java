/** Talking to the cluster as an operator would: creating wirewatch's topics at start-up. */
package io.wirewatch.app.kafka;
