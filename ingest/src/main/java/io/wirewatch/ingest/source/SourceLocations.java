package io.wirewatch.ingest.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a source location may be: an http(s) URL with a host, a {@code file:} URI, or a local path.
 * Checked when the configuration is read, so that a typo or an unsupported scheme ({@code ftp://})
 * is refused at start-up instead of failing on every poll.
 */
public final class SourceLocations {

    /** A URI scheme followed by {@code //} or {@code :}; two letters at least, so that {@code C:\feeds} stays a path. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");

    private SourceLocations() {
    }

    /**
     * @param key      the key path for the message, e.g. {@code sources[0].url}
     * @param location the configured location
     * @throws IllegalArgumentException naming the key when the location cannot be read by any source loader
     */
    public static void check(String key, String location) {
        String trimmed = location.trim();
        var scheme = SCHEME.matcher(trimmed);
        if (!scheme.find()) {
            return; // a local path
        }
        String name = scheme.group(1).toLowerCase(Locale.ROOT);
        if (!name.equals("http") && !name.equals("https") && !name.equals("file")) {
            throw new IllegalArgumentException(key + ": unsupported scheme '" + name
                    + "'; use an http or https URL, a file: URI or a local path, was '" + trimmed + "'");
        }
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(key + ": not a valid URL '" + trimmed + "': " + e.getReason(), e);
        }
        if (!name.equals("file") && (uri.getHost() == null || uri.getHost().isBlank())) {
            throw new IllegalArgumentException(key + ": has no host '" + trimmed + "'");
        }
    }
}
