/**
 * Plain text as people paste it from a browser: a headline that may or may not be on the first line,
 * navigation, rubric and breadcrumb lines, photo credits, share bars and "Siehe auch" boxes around
 * the article's paragraphs. {@link io.wirewatch.ingest.text.PastedText} finds the title and the body;
 * {@code FurnitureLines} knows which lines are page furniture, in the vocabulary publishers share.
 */
package io.wirewatch.ingest.text;
