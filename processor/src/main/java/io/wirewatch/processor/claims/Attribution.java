package io.wirewatch.processor.claims;

/**
 * What an attribution pattern found in one sentence, before the speaker is resolved against the
 * rest of the text.
 *
 * @param speaker raw speaker phrase as written ("Herr Kirby", "er", "den USA"), or null
 * @param cue     the cue word or phrase
 * @param direct  whether the statement is a quote
 */
record Attribution(String speaker, String cue, boolean direct) {
}
