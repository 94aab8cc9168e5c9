package io.wirewatch.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why the processor assigned an article as it did: the {@code reason} of a {@link StoryAssignment}.
 * Travels as its {@link #wire()} value, the strings the topic has always carried.
 */
public enum Verdict {
    /** The first article of its copy group and of its story. */
    ORIGINAL("original"),
    /** The same text (content hash) as an earlier article. */
    EXACT("exact"),
    /** A near-identical text (shingle similarity or containment) of an earlier article. */
    NEAR_COPY("near-copy"),
    /** An independent report that joined an existing story on shared evidence. */
    STORY_MATCH("story-match");

    private final String wire;

    Verdict(String wire) {
        this.wire = wire;
    }

    /** The value on the topic and in state stores. */
    @JsonValue
    public String wire() {
        return wire;
    }

    /**
     * @throws IllegalArgumentException for a value no version of wirewatch writes
     */
    @JsonCreator
    public static Verdict fromWire(String value) {
        for (Verdict verdict : values()) {
            if (verdict.wire.equals(value)) {
                return verdict;
            }
        }
        throw new IllegalArgumentException("unknown verdict '" + value + "'");
    }

    @Override
    public String toString() {
        return wire;
    }
}
