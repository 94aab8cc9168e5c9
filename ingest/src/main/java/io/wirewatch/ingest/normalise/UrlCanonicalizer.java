package io.wirewatch.ingest.normalise;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The canonical form of an article URL: scheme and host in lower case, default port and fragment
 * dropped, tracking parameters removed. Everything else — path, case of the path, order of the
 * remaining parameters — is kept, because publishers do route on them.
 */
public final class UrlCanonicalizer {

    private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "mc_cid", "mc_eid", "ref_src");

    private UrlCanonicalizer() {
    }

    /**
     * Canonicalises an absolute http(s) URL. Anything else (file:, urn:, tag:, broken URLs) is returned
     * trimmed but otherwise unchanged: it still identifies the article, and has no tracking to remove.
     */
    public static String canonicalize(String url) {
        if (url == null) {
            throw new IllegalArgumentException("url: must not be null");
        }
        String trimmed = url.trim();
        URI uri;
        try {
            uri = new URI(trimmed);
        } catch (URISyntaxException e) {
            return trimmed;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.isOpaque() || !(scheme.equals("http") || scheme.equals("https"))) {
            return trimmed;
        }
        StringBuilder out = new StringBuilder(scheme).append(':');
        if (uri.getRawAuthority() != null) {
            out.append("//");
            if (uri.getRawUserInfo() != null) {
                out.append(uri.getRawUserInfo()).append('@');
            }
            if (uri.getHost() != null) {
                out.append(uri.getHost().toLowerCase(Locale.ROOT));
                if (uri.getPort() != -1 && !isDefaultPort(scheme, uri.getPort())) {
                    out.append(':').append(uri.getPort());
                }
            } else {
                out.append(uri.getRawAuthority().toLowerCase(Locale.ROOT));
            }
        }
        out.append(uri.getRawPath() == null ? "" : uri.getRawPath());
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return out.toString();
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int eq = parameter.indexOf('=');
            String name = (eq < 0 ? parameter : parameter.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING.contains(name)) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }
}
