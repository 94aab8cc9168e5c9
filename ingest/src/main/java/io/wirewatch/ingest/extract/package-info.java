/**
 * Extracting the article from a news page with Jsoup. {@link io.wirewatch.ingest.extract.Boilerplate}
 * first drops page chrome (navigation, dialogs, hidden blocks, share bars, "Siehe auch" boxes, credits);
 * {@code ArticleCandidates} then scores containers Readability style (paragraph length and commas,
 * class and id weights, link density, siblings and the lead joining the winner) over counts that
 * {@code TextStats} computes in one pass; {@code TextBlocks} renders the winner as paragraphs, keeping
 * headings and lists and dropping link lists and chrome nested inside. The publisher's JSON-LD
 * {@code articleBody} replaces the result when it is the whole article, and {@code Lead} puts the
 * page's visible description in front when the text lacks it. Title, authors, time, language and
 * canonical URL come from the page's metadata. Every walk over the tree keeps its own stack (or uses
 * Jsoup's iterative traversal), so no page is too deep to read.
 */
package io.wirewatch.ingest.extract;
