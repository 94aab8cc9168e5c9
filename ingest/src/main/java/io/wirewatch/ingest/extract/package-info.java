/**
 * Extracting the article from a news page with Jsoup: the publisher's own JSON-LD {@code articleBody}
 * when it has one, otherwise the densest block of paragraphs after boilerplate (navigation, share bars,
 * "Siehe auch" boxes, author boxes, photo credits) is removed; plus title, authors, time, language and
 * canonical URL from the page's metadata.
 */
package io.wirewatch.ingest.extract;
