package io.wirewatch.processor.story;

import org.apache.kafka.streams.processor.api.ProcessingContext;

/** Opens a {@link StoryMatcher} when the copy-detection processor starts, with access to its stores. */
@FunctionalInterface
public interface StoryMatcherFactory {

    /** Every original starts its own story. */
    StoryMatcherFactory NONE = context -> StoryMatcher.NONE;

    StoryMatcher open(ProcessingContext context);
}
