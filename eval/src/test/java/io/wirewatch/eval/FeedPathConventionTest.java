package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.wirewatch.ingest.feed.FeedEntry;
import io.wirewatch.ingest.feed.ParsedFeed;

class FeedPathConventionTest {

    private static final byte[] FEED = """
            <rss version="2.0"><channel>
              <title>rss_2.0.channel.title</title><link>rss_2.0.channel.link</link>
              <image><title>rss_2.0.channel.image.title</title></image>
              <item><title>rss_2.0.channel.item[0].title</title><link>rss_2.0.channel.item[0].link</link></item>
              <item><title>rss_2.0.channel.item[1].title</title></item>
            </channel></rss>
            """.getBytes(StandardCharsets.UTF_8);

    @Test
    void readsChannelAndItemTitlesAndItemLinksButNotImageOrChannelLink() {
        assertThat(FeedPathConvention.checksOf(FEED)).containsExactly(
                new FeedPathConvention.Check(-1, "title", "rss_2.0.channel.title"),
                new FeedPathConvention.Check(0, "title", "rss_2.0.channel.item[0].title"),
                new FeedPathConvention.Check(0, "link", "rss_2.0.channel.item[0].link"),
                new FeedPathConvention.Check(1, "title", "rss_2.0.channel.item[1].title"));
    }

    @Test
    void checksAgainstTheParsedFeedAcceptingResolvedLinks() {
        FeedOutcome outcome = FeedOutcome.parsed(new ParsedFeed("rss_2.0.channel.title", null, List.of(
                entry("rss_2.0.channel.item[0].title", "file:/tmp/rss_2.0.channel.item[0].link"),
                entry("falsch", null))));

        List<Boolean> met = FeedPathConvention.checksOf(FEED).stream().map(c -> c.metBy(outcome)).toList();

        assertThat(met).containsExactly(true, true, true, false);
    }

    private static FeedEntry entry(String title, String link) {
        return new FeedEntry(title, link, null, null, null, List.of(), null, null);
    }
}
