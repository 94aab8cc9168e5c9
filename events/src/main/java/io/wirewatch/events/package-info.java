/**
 * The wire contracts of wirewatch: one Java record per event ({@link io.wirewatch.events.Article},
 * {@link io.wirewatch.events.StoryAssignment}, {@link io.wirewatch.events.Story},
 * {@link io.wirewatch.events.Claim}, {@link io.wirewatch.events.Alert}, {@link io.wirewatch.events.Rule})
 * and {@link io.wirewatch.events.Topics}, which pairs every topic name with its serdes.
 *
 * <p>Every record carries a {@code schemaVersion}. Changes are additive: new fields may be added
 * (readers ignore unknown fields), existing fields are never renamed or retyped.
 */
package io.wirewatch.events;
