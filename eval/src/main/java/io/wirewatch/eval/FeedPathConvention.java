package io.wirewatch.eval;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.wirewatch.ingest.feed.ParsedFeed;

/**
 * Rome's test feeds state their own expected values: each text node holds its path, e.g.
 * {@code <title>rss_2.0.channel.item[0].title</title>}. This reads the channel and item titles and links
 * stated that way, so the parser's output can be checked against them.
 */
final class FeedPathConvention {

    /** One value the feed states for itself: the feed title/link (entry -1) or an entry's. */
    record Check(int entry, String field, String expected) {

        boolean metBy(FeedOutcome outcome) {
            return outcome.parsedFeed().map(this::metBy).orElse(false);
        }

        private boolean metBy(ParsedFeed feed) {
            if (entry < 0) {
                // The parsed feed keeps no channel link; only the channel title is checked.
                return Objects.equals(expected, feed.title());
            }
            if (entry >= feed.entries().size()) {
                return false;
            }
            var e = feed.entries().get(entry);
            if (field.equals("title")) {
                return Objects.equals(expected, e.title());
            }
            // Links are resolved against the feed's base, so a relative link may come back absolute.
            return e.link() != null && (e.link().equals(expected) || e.link().endsWith("/" + expected));
        }
    }

    /** "rss_2.0" / "atom_1.0" / "rss_0.91N", then channel/feed and item/entry steps, then the field. */
    private static final Pattern PATH = Pattern.compile(
            ">\\s*([a-z]+_\\d+(?:\\.\\d+)*[A-Za-z]?(?:\\.(?:channel|feed))?(?:\\.(?:item|entry)\\[(\\d+)])?\\.(title|link))\\s*<");

    private FeedPathConvention() {
    }

    static List<Check> checksOf(byte[] feed) {
        List<Check> checks = new ArrayList<>();
        Matcher matcher = PATH.matcher(new String(feed, StandardCharsets.UTF_8));
        while (matcher.find()) {
            int entry = matcher.group(2) == null ? -1 : Integer.parseInt(matcher.group(2));
            if (entry < 0 && matcher.group(3).equals("link")) {
                continue;
            }
            checks.add(new Check(entry, matcher.group(3), matcher.group(1)));
        }
        return checks;
    }
}
