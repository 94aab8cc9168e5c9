/**
 * Stories: the group of articles that report one event. For now a story is one copy group (an original
 * and its copies); {@link io.wirewatch.processor.story.StoryMatcher} is where independent reports of the
 * same event will be merged into one story.
 */
package io.wirewatch.processor.story;
