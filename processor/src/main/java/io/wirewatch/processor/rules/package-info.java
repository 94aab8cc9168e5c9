/**
 * Watch-list rules: Lucene classic queries matched sentence by sentence against article text.
 *
 * <p>{@link io.wirewatch.processor.rules.RuleMatcher} keeps every rule in an in-memory Lucene
 * {@link org.apache.lucene.monitor.Monitor}, whose presearcher indexes the rules themselves, so a
 * sentence is only run against the few rules whose terms it contains. That is what keeps tens of
 * thousands of rules fast. All sentences to match (the new claims of an article) go to the Monitor
 * as one document, against each rule without its exclusions; the few candidate rules are then
 * decided sentence by sentence with the real rule.
 *
 * <p>The analysis chain ({@code NewsAnalyzer}) is tuned for German news: compound parts ("Artilleriemunition" also yields "munition") and light plural/genitive folding
 * ("Raketen" and "Rakete", "Nordkoreas" and "Nordkorea" meet) on both sides.
 *
 * <p>Pure library code: no Kafka, no logging.
 */
package io.wirewatch.processor.rules;
