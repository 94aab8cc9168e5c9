package io.wirewatch.ingest.normalise;

import java.util.ArrayList;
import java.util.List;

/**
 * The largest free-text fields an article may carry: a longer one is cut, with {@link #MARKER} at the end,
 * so that one bloated item (a 9 MB title) can neither exceed the broker's record size (1 MB by default) nor
 * hold up the other items of its feed. The limits are far above real articles (a long read is about
 * 60,000 characters) and together keep an article's JSON under {@link #MAX_ARTICLE_JSON_BYTES}, whatever the
 * characters are (JSON escapes a control character to six bytes).
 *
 * <table>
 *   <caption>limits</caption>
 *   <tr><th>field</th><th>limit</th></tr>
 *   <tr><td>title</td><td>{@value #TITLE_CHARS} characters</td></tr>
 *   <tr><td>text</td><td>{@value #TEXT_CHARS} characters and {@value #TEXT_JSON_BYTES} bytes of JSON</td></tr>
 *   <tr><td>authors</td><td>{@value #MAX_AUTHORS} names of {@value #AUTHOR_CHARS} characters each</td></tr>
 *   <tr><td>url, origin</td><td>{@value #URL_CHARS} characters</td></tr>
 * </table>
 */
public final class FieldLimits {

    /** Appended to a field that was cut. */
    public static final String MARKER = " [… truncated]";

    public static final int TITLE_CHARS = 1_000;
    public static final int TEXT_CHARS = 200_000;
    public static final int TEXT_JSON_BYTES = 600_000;
    public static final int AUTHOR_CHARS = 200;
    public static final int MAX_AUTHORS = 20;
    public static final int URL_CHARS = 8_192;

    /**
     * The most an article's JSON can take with every field at its limit, each character at its costliest
     * escape (six bytes), plus the fixed fields: well under the 1,048,576 bytes of Kafka's default
     * {@code max.request.size} and {@code message.max.bytes}.
     */
    public static final int MAX_ARTICLE_JSON_BYTES = TEXT_JSON_BYTES + 6 * (TITLE_CHARS + MAX_AUTHORS * AUTHOR_CHARS
            + 2 * URL_CHARS + MARKER.length() * (MAX_AUTHORS + 4)) + 4_096;

    private FieldLimits() {
    }

    public static String title(String title) {
        return cut(title, TITLE_CHARS, Integer.MAX_VALUE);
    }

    public static String text(String text) {
        return cut(text, TEXT_CHARS, TEXT_JSON_BYTES);
    }

    public static String url(String url) {
        return cut(url, URL_CHARS, Integer.MAX_VALUE);
    }

    /** At most {@value #MAX_AUTHORS} names, each cut to {@value #AUTHOR_CHARS} characters. */
    public static List<String> authors(List<String> authors) {
        if (authors == null) {
            return List.of();
        }
        List<String> capped = new ArrayList<>(Math.min(authors.size(), MAX_AUTHORS));
        for (String author : authors.subList(0, Math.min(authors.size(), MAX_AUTHORS))) {
            capped.add(cut(author, AUTHOR_CHARS, Integer.MAX_VALUE));
        }
        return capped;
    }

    /**
     * The value itself when within both limits, else its longest prefix that leaves room for the marker
     * (never splitting a surrogate pair) with the marker appended.
     */
    static String cut(String value, int maxChars, int maxJsonBytes) {
        if (value == null) {
            return null;
        }
        if (value.length() <= maxChars && (maxJsonBytes == Integer.MAX_VALUE || jsonBytes(value, value.length()) <= maxJsonBytes)) {
            return value;
        }
        int charBudget = maxChars - MARKER.length();
        long byteBudget = maxJsonBytes == Integer.MAX_VALUE ? Long.MAX_VALUE : maxJsonBytes - jsonBytes(MARKER, MARKER.length());
        int end = 0;
        long bytes = 0;
        while (end < value.length()) {
            int units = isPair(value, end) ? 2 : 1;
            long cost = units == 2 ? 4 : jsonCost(value.charAt(end));
            if (end + units > charBudget || bytes + cost > byteBudget) {
                break;
            }
            bytes += cost;
            end += units;
        }
        return value.substring(0, end) + MARKER;
    }

    /** Bytes of the first {@code length} characters in a JSON string, UTF-8 encoded and escaped. */
    static long jsonBytes(String value, int length) {
        long bytes = 0;
        for (int i = 0; i < length; i++) {
            if (i + 1 < length && isPair(value, i)) {
                bytes += 4;
                i++;
            } else {
                bytes += jsonCost(value.charAt(i));
            }
        }
        return bytes;
    }

    private static boolean isPair(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }

    /** Upper bound of one UTF-16 unit that is not part of a surrogate pair, in JSON. */
    private static int jsonCost(char c) {
        if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
            return 6; // at most an escape \\uXXXX (a lone surrogate cannot be UTF-8)
        }
        if (c == '"' || c == '\\') {
            return 2;
        }
        if (c < 0x80) {
            return 1;
        }
        return c < 0x800 ? 2 : 3;
    }
}
