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

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import org.jsoup.Jsoup;

/**
 * Parses feed bytes into a {@link ParsedFeed}. Stateless and thread-safe.
 *
 * <p>Charset precedence: a charset named in the HTTP Content-Type header, then a byte-order mark, then
 * the XML declaration, then UTF-8 (see {@link XmlText}). The parser then tries three readings, each only
 * when the one before failed, and records what it repaired: the text as it is; with undeclared HTML
 * entities, stray ampersands and forbidden characters fixed ({@link XmlEntityRepair}); and rebuilt by a
 * lenient parser ({@link XmlRebuild}). A DOCTYPE is removed before any reading ({@link XmlProlog}) and the
 * XML parser itself still forbids DOCTYPEs, so no external DTD is loaded and no external entity (XXE)
 * is ever expanded. News sitemaps ({@code <urlset>}) are read too, see {@link NewsSitemap}.
 */
public final class FeedParser {

    private static final Set<String> TEXT_TYPES = Set.of("text", "text/plain");

    /**
     * @param body          the raw feed bytes
     * @param headerCharset charset from the HTTP Content-Type header, or null when there was none
     * @param source        the URL or path it came from: for error messages and resolving relative links
     * @throws FeedParseException with the first reading's error when no reading gives a feed
     */
    public ParsedFeed parse(byte[] body, Charset headerCharset, String source) throws FeedParseException {
        XmlText.Decoded decoded = XmlText.decode(body, headerCharset);
        List<String> repairs = new ArrayList<>(decoded.repairs());
        String xml = XmlProlog.clear(decoded.text(), repairs);
        if (xml.isBlank()) {
            throw new FeedParseException(source, "the document is empty", null);
        }
        if (NewsSitemap.isSitemap(xml)) {
            return NewsSitemap.read(xml, sourceBase(source), repairs);
        }
        if (XmlProlog.rootElement(xml).equals("html")) {
            throw new FeedParseException(source, "the document is an HTML page, not a feed", null);
        }
        FeedParseException firstFailure;
        try {
            return toParsedFeed(build(xml, source), source, repairs);
        } catch (FeedParseException e) {
            firstFailure = e;
        }
        String entitiesFixed = XmlEntityRepair.repair(xml, repairs);
        try {
            return toParsedFeed(build(entitiesFixed, source), source, repairs);
        } catch (FeedParseException e) {
            // fall through to the lenient rebuild
        }
        try {
            return toParsedFeed(build(XmlRebuild.rebuild(entitiesFixed, repairs), source), source, repairs);
        } catch (FeedParseException | RuntimeException e) {
            throw firstFailure;
        }
    }

    private static SyndFeed build(String xml, String source) throws FeedParseException {
        try (Reader reader = new StringReader(xml)) {
            SyndFeedInput input = new SyndFeedInput();
            // Repairs are ours (and recorded); Rome's healer would make them silently.
            input.setXmlHealerOn(false);
            input.setAllowDoctypes(false);
            return input.build(reader);
        } catch (FeedException | IllegalArgumentException | IOException e) {
            throw new FeedParseException(source, messageOf(e), e);
        } catch (RuntimeException e) {
            // Rome's format modules throw unchecked exceptions on documents they half recognise.
            throw new FeedParseException(source, "unreadable feed structure: " + messageOf(e), e);
        }
    }

    private static ParsedFeed toParsedFeed(SyndFeed feed, String source, List<String> repairs) {
        URI base = baseOf(feed, source);
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(toEntry(entry, base));
        }
        return new ParsedFeed(orDublinCore(titleOf(feed.getTitleEx(), feed.getTitle()),
                feed.getModule(DCModule.URI) == null ? null : plain(((DCModule) feed.getModule(DCModule.URI)).getTitle())), feed.getLanguage(), entries, repairs);
    }

    /** Rome wraps the XML parser's precise message ("Error on line 5: ...") in a vague one; keep both. */
    private static String messageOf(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += ": " + cause.getMessage();
        }
        return message;
    }

    private static FeedEntry toEntry(SyndEntry entry, URI base) {
        DCModule dc = (DCModule) entry.getModule(DCModule.URI);
        return new FeedEntry(
                orDublinCore(titleOf(entry.getTitleEx(), entry.getTitle()), dc == null ? null : plain(dc.getTitle())),
                resolve(base, linkOf(entry)),
                blankToNull(entry.getUri()),
                instant(entry.getPublishedDate()),
                instant(entry.getUpdatedDate()),
                authorsOf(entry),
                orDublinCore(entry.getDescription() == null ? null : blankToNull(entry.getDescription().getValue()),
                        dc == null ? null : blankToNull(dc.getDescription())),
                contentOf(entry));
    }

    /** RSS feeds that state a title or description only as Dublin Core (dc:title, dc:description). */
    private static String orDublinCore(String own, String dublinCore) {
        return own != null ? own : dublinCore;
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

    /** The source as a base for relative links when it is an http(s) URL, else null. */
    private static URI sourceBase(String source) {
        try {
            URI sourceUri = URI.create(source);
            return sourceUri.isAbsolute() && sourceUri.getScheme().startsWith("http") ? sourceUri : null;
        } catch (IllegalArgumentException notAUri) {
            return null; // a local path
        }
    }

    private static URI baseOf(SyndFeed feed, String source) {
        URI sourceBase = sourceBase(source);
        if (sourceBase != null) {
            return sourceBase;
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

    /** An Atom title of type text is literal, brackets and all; any other may carry markup. */
    private static String titleOf(SyndContent typed, String title) {
        if (typed != null && typed.getType() != null && TEXT_TYPES.contains(typed.getType())) {
            return blankToNull(title);
        }
        return plain(title);
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
