package io.wirewatch.processor.state;

import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Keys of an index of groups and their members (a story's articles, a claim's articles): the group id,
 * {@code /}, the member id. Group ids are hex digits, so the keys of a group form one range, which no other
 * group's keys reach.
 */
public final class GroupKeys {

    private static final String SEPARATOR = "/";
    /** The character after {@link #SEPARATOR}: a bound of a group's range that none of its keys reaches. */
    private static final String AFTER_SEPARATOR = "0";

    private GroupKeys() {
    }

    public static String key(String group, String member) {
        return group + SEPARATOR + member;
    }

    /** The entries of one group, in the order of their keys. */
    public static KeyValueIterator<String, String> range(KeyValueStore<String, String> entries, String group) {
        return entries.range(group + SEPARATOR, group + AFTER_SEPARATOR);
    }

    /** The member a key of the group names. */
    public static String member(String group, String key) {
        return key.substring(group.length() + SEPARATOR.length());
    }
}
