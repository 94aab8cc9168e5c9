package io.wirewatch.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Assertions;

import io.wirewatch.ingest.extract.ArticleExtractor;

/**
 * Feed parsing and page extraction over hostile input (random bytes, cut and spliced feeds, stray markup):
 * the parser either reads a feed or throws {@link FeedParseException}, the extractor always returns, and
 * each input takes bounded time.
 */
class FeedParserFuzzTest {

    private static final Duration PER_INPUT = Duration.ofSeconds(5);
    private static final String FEED = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel>"
            + "<title>Auebote</title><link>https://aue.example/</link><description>d</description>"
            + "<item><title>Brücke wird saniert</title><link>https://aue.example/bruecke</link>"
            + "<description><![CDATA[<p>Ab Montag ist die Brücke &amp; der Weg gesperrt.</p>]]></description>"
            + "<pubDate>Mon, 06 Jan 2025 08:00:00 +0100</pubDate></item></channel></rss>";
    private static final List<String> FRAGMENTS = List.of("<", ">", "&", "&amp;", "&nbsp;", "&#0;", "&#xD800;", "<![CDATA[",
            "]]>", "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\">]>", "&a;", "<!--", "-->", "<?xml version=\"1.0\" encoding=\"latin1\"?>",
            "\u0000", "\uFEFF", "<item>", "</item>", "<entry xmlns=\"http://www.w3.org/2005/Atom\">", "<div>".repeat(50),
            "\"", "'", "ü", "\uD83C");

    private final FeedParser parser = new FeedParser();
    private final ArticleExtractor extractor = new ArticleExtractor();

    @Property(tries = 300)
    void mutatedFeedsAreReadOrRefusedWithFeedParseException(@ForAll("mutatedFeeds") byte[] body) {
        Assertions.assertTimeout(PER_INPUT, () -> {
            try {
                ParsedFeed feed = parser.parse(body, null, "fuzz");
                assertThat(feed.entries()).isNotNull();
            } catch (FeedParseException expected) {
                assertThat(expected.getMessage()).isNotBlank();
            }
        });
    }

    @Property(tries = 300)
    void pagesAndFragmentsAlwaysGiveAnExtraction(@ForAll("mutatedFeeds") byte[] body) {
        Assertions.assertTimeout(PER_INPUT, () -> assertThatCode(() -> {
            assertThat(extractor.extract(body, null, "https://fuzz.example/a")).isNotNull();
            assertThat(extractor.textOfFragment(new String(body, StandardCharsets.UTF_8))).isNotNull();
        }).doesNotThrowAnyException());
    }

    /** The sample feed cut, spliced with hostile fragments, or replaced by random bytes. */
    @Provide
    Arbitrary<byte[]> mutatedFeeds() {
        Arbitrary<String> spliced = Arbitraries.integers().between(0, FEED.length()).list().ofMinSize(1).ofMaxSize(6)
                .flatMap(cuts -> Arbitraries.of(FRAGMENTS).list().ofSize(cuts.size()).map(fragments -> {
                    StringBuilder out = new StringBuilder(FEED);
                    for (int i = 0; i < cuts.size(); i++) {
                        int at = Math.min(cuts.get(i), out.length());
                        out.insert(at, fragments.get(i));
                    }
                    return out.toString();
                }));
        Arbitrary<String> truncated = Arbitraries.integers().between(0, FEED.length()).map(n -> FEED.substring(0, n));
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4_000);
        return Arbitraries.oneOf(spliced.map(s -> s.getBytes(StandardCharsets.UTF_8)),
                truncated.map(s -> s.getBytes(StandardCharsets.UTF_8)), random);
    }
}
