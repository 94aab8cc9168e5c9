/**
 * Stories: the group of articles that report one event: a copy group (an original and its copies), plus
 * independent reports of the same event that {@link io.wirewatch.processor.story.EvidenceStoryMatcher} joins
 * to it on shared quotes, names, dates and figures (precision first).
 */
package io.wirewatch.processor.story;
