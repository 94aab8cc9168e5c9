/**
 * Putting articles into one order before copy detection. Copy groups, boilerplate sightings and story
 * evidence all depend on which article came first; when the input topic has several partitions consumed
 * by several instances, the arrival order at the single copy-detection task is an accident of lag.
 * {@link io.wirewatch.processor.order.ReorderBuffer} holds articles for a grace in record time and
 * releases them sorted by (record time, article id), so every deployment sees the same order.
 */
package io.wirewatch.processor.order;
