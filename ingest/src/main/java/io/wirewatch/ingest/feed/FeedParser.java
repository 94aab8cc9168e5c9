package io.wirewatch.ingest.feed;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;

/**
 * Parses feed bytes into a {@link ParsedFeed}. Stateless and thread-safe.
 *
 * <p>Charset precedence: a charset named in the HTTP Content-Type header, then a byte-order mark,
 * then the XML declaration, then UTF-8. Rome's XML healer (on by default) turns HTML named entities
 * such as {@code &auml;} into numeric ones; stray ampersands are escaped before parsing. DOCTYPEs
 * stay forbidden (Rome's default), which is what keeps external entities (XXE) out.
 */
public final class FeedParser {

    /** An ampersand that does not start a character or entity reference. */
    private static final Pattern STRAY_AMPERSAND = Pattern.compile("&(?!#\\d+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9]*;)");

    /**
     * @param body          the raw feed bytes
     * @param headerCharset charset from the HTTP Content-Type header, or null when there was none
     * @param source        the URL or path it came from: for error messages and resolving relative links
     */
    public ParsedFeed parse(byte[] body, Charset headerCharset, String source) throws FeedParseException {
        String xml;
        try {
            xml = XmlText.decode(body, headerCharset);
        } catch (IOException e) {
            throw new FeedParseException(source, "cannot decode: " + e.getMessage(), e);
        }
        SyndFeed feed;
        try (Reader reader = new StringReader(STRAY_AMPERSAND.matcher(xml).replaceAll("&amp;"))) {
            SyndFeedInput input = new SyndFeedInput();
            input.setXmlHealerOn(true);
            input.setAllowDoctypes(false);
            feed = input.build(reader);
        } catch (FeedException | IllegalArgumentException | IOException e) {
            throw new FeedParseException(source, e.getMessage(), e);
        }
        URI base = baseOf(feed, source);
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(toEntry(entry, base));
        }
        return new ParsedFeed(plain(feed.getTitle()), feed.getLanguage(), entries);
    }

    private static FeedEntry toEntry(SyndEntry entry, URI base) {
        return new FeedEntry(
                plain(entry.getTitle()),
                resolve(base, linkOf(entry)),
                blankToNull(entry.getUri()),
                instant(entry.getPublishedDate()),
                instant(entry.getUpdatedDate()),
                authorsOf(entry),
                entry.getDescription() == null ? null : blankToNull(entry.getDescription().getValue()),
                contentOf(entry));
    }

    private static String linkOf(SyndEntry entry) {
        if (entry.getLink() != null && !entry.getLink().isBlank()) {
            return entry.getLink().trim();
        }
        for (SyndLink link : entry.getLinks()) {
            if (link.getHref() != null && (link.getRel() == null || "alternate".equals(link.getRel()))) {
                return link.getHref().trim();
            }
        }
        return null;
    }

    private static String contentOf(SyndEntry entry) {
        for (SyndContent content : entry.getContents()) {
            if (content.getValue() != null && !content.getValue().isBlank()) {
                return content.getValue();
            }
        }
        return null;
    }

    private static List<String> authorsOf(SyndEntry entry) {
        Set<String> names = new LinkedHashSet<>();
        for (SyndPerson person : entry.getAuthors()) {
            if (person.getName() != null && !person.getName().isBlank()) {
                names.add(person.getName().trim());
            }
        }
        // RSS <author>/<dc:creator> arrive as one string, sometimes "A, B" or "A und B".
        if (names.isEmpty() && entry.getAuthor() != null) {
            for (String name : entry.getAuthor().split("\\s*(?:,|;|\\bund\\b|\\band\\b)\\s*")) {
                if (!name.isBlank()) {
                    names.add(name.trim());
                }
            }
        }
        return List.copyOf(names);
    }

    private static URI baseOf(SyndFeed feed, String source) {
        try {
            URI sourceUri = URI.create(source);
            if (sourceUri.isAbsolute() && sourceUri.getScheme().startsWith("http")) {
                return sourceUri;
            }
        } catch (IllegalArgumentException notAUri) {
            // a local path: fall through to the feed's own link
        }
        try {
            return feed.getLink() == null ? null : URI.create(feed.getLink().trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String resolve(URI base, String link) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = URI.create(link);
            return uri.isAbsolute() || base == null ? link : base.resolve(uri).toString();
        } catch (IllegalArgumentException e) {
            return link;
        }
    }

    /** Feed titles may carry markup or entities; a headline is plain text. */
    private static String plain(String text) {
        if (text == null) {
            return null;
        }
        return text.indexOf('<') >= 0 || text.indexOf('&') >= 0 ? Jsoup.parse(text).text() : text.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
