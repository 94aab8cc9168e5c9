/**
 * Compact binary formats for the processor's internal state stores. These values are read and written
 * several times per article (fingerprints, candidate buckets, line sightings, evidence postings), so
 * their format is a cost on every record: {@link io.wirewatch.processor.state.CompactSerde} writes them
 * as a format byte and plain fields (a shingle array as raw 8-byte longs rather than JSON numbers), and
 * still reads the JSON that earlier versions left in changelog topics.
 */
package io.wirewatch.processor.state;
