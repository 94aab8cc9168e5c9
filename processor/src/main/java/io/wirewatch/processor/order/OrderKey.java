package io.wirewatch.processor.order;

/**
 * The store key that sorts held articles by (record time, article id): the time zero-padded to 19
 * digits, so the byte order of the UTF-8 key is the numeric order of the time.
 */
final class OrderKey {

    private static final int TIME_DIGITS = 19;

    private OrderKey() {
    }

    static String of(long timestampMs, String articleId) {
        return String.format("%019d|%s", Math.max(0, timestampMs), articleId);
    }

    static long timestampOf(String key) {
        return Long.parseLong(key.substring(0, TIME_DIGITS));
    }
}
