package io.wirewatch.eval;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirewatch.ingest.fetch.ContentTypes;

/**
 * The header comment of a feedparser test file: {@code Description:}, {@code Expect:} and any number of
 * {@code Header:} lines, which are the HTTP response headers the file is to be parsed with.
 *
 * @param description what the file tests, or null
 * @param expect      the Python expectation, or null
 * @param httpHeaders "Name: value" lines, in file order
 */
record FeedTestHeader(String description, String expect, List<String> httpHeaders) {

    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);
    private static final Pattern LINE = Pattern.compile("(?m)^\\s*(Description|Expect|Header):\\s*(.*?)\\s*$");
    /** Only the start of a file is searched: the header comes before the feed. */
    private static final int HEAD_CHARS = 4096;

    FeedTestHeader {
        httpHeaders = List.copyOf(httpHeaders);
    }

    /** The header of a file, or an empty header when it has none. */
    static FeedTestHeader of(byte[] bytes) {
        String head = headText(bytes);
        Matcher comment = COMMENT.matcher(head);
        String description = null;
        String expect = null;
        List<String> headers = new ArrayList<>();
        if (comment.find()) {
            Matcher line = LINE.matcher(comment.group(1));
            while (line.find()) {
                switch (line.group(1)) {
                    case "Description" -> description = line.group(2);
                    case "Expect" -> expect = line.group(2);
                    default -> headers.add(line.group(2));
                }
            }
        }
        return new FeedTestHeader(description, expect, headers);
    }

    /** The value of the first HTTP header of that name, if the file gives one. */
    Optional<String> httpHeader(String name) {
        String prefix = name.toLowerCase(Locale.ROOT) + ":";
        return httpHeaders.stream()
                .filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                .map(h -> h.substring(prefix.length()).strip())
                .findFirst();
    }

    /** The charset of the file's Content-Type header, as a server would have sent it; null when none. */
    Charset headerCharset() {
        return httpHeader("Content-Type").map(ContentTypes::charsetOf).orElse(null);
    }

    /**
     * The comment is ASCII in whatever encoding the file is in; UTF-16 and UTF-32 files need their code
     * units collapsed before the comment can be found, the rest reads fine as Latin-1.
     */
    private static String headText(byte[] bytes) {
        int length = Math.min(bytes.length, HEAD_CHARS * 4);
        String latin1 = new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        return latin1.replace("\0", "").replace("\u00fe\u00ff", "").replace("\u00ff\u00fe", "");
    }
}
