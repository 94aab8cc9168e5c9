package io.wirewatch.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.wirewatch.ingest.feed.FeedEntry;
import io.wirewatch.ingest.feed.ParsedFeed;

class FeedExpectationTest {

    private static final FeedEntry ENTRY = new FeedEntry("Hochwasser an der Mosel", "https://mosel.example/pegel",
            "mosel-2024-17", null, null, List.of("Anna Berg"), "<p>Der Pegel steigt weiter.</p>", "<p>Volltext</p>");
    private static final FeedOutcome CLEAN = FeedOutcome.parsed(new ParsedFeed("Moselbote", "de", List.of(ENTRY)));
    private static final FeedOutcome REPAIRED = FeedOutcome.parsed(
            new ParsedFeed("Moselbote", "de", List.of(ENTRY), List.of("stray ampersand")));

    private static boolean met(String expression, FeedOutcome outcome) {
        return FeedExpectation.parse(expression).orElseThrow().metBy(outcome);
    }

    @Test
    void feedTitleAndNotBozo() {
        assertThat(met("not bozo and feed['title'] == u'Moselbote'", CLEAN)).isTrue();
        assertThat(met("not bozo and feed['title'] == u'Moselbote'", REPAIRED)).isFalse();
        assertThat(met("feed['title_detail']['value'] == 'Saarbote'", CLEAN)).isFalse();
    }

    @Test
    void bozoIsARepairOrAFailure() {
        assertThat(met("bozo", REPAIRED)).isTrue();
        assertThat(met("bozo", FeedOutcome.rejected("kaputt"))).isTrue();
        assertThat(met("bozo", CLEAN)).isFalse();
    }

    @Test
    void entryFieldsInBothAccessForms() {
        assertThat(met("entries[0]['link'] == 'https://mosel.example/pegel'", CLEAN)).isTrue();
        assertThat(met("entries[0].link == 'https://mosel.example/pegel'", CLEAN)).isTrue();
        assertThat(met("entries[0]['id'] == u'mosel-2024-17'", CLEAN)).isTrue();
        assertThat(met("entries[0]['author'] == 'Anna Berg'", CLEAN)).isTrue();
        assertThat(met("entries[1]['title'] == 'Hochwasser an der Mosel'", CLEAN)).isFalse();
    }

    @Test
    void markupFieldsMatchByTheirText() {
        assertThat(met("entries[0]['title'] == u'<b>Hochwasser</b> an der Mosel'", CLEAN)).isTrue();
        assertThat(met("entries[0]['description'] == u'Der Pegel steigt weiter.'", CLEAN)).isTrue();
        assertThat(met("entries[0]['content'][0]['value'] == u'<div>Volltext</div>'", CLEAN)).isTrue();
        assertThat(met("entries[0]['summary'] == u'Der Pegel sinkt.'", CLEAN)).isFalse();
    }

    @Test
    void pythonEscapesAreDecoded() {
        FeedOutcome umlaut = FeedOutcome.parsed(new ParsedFeed("Gr\u00fc\u00dfe \u2013 S\u00fcd", null, List.of()));
        assertThat(met("feed['title'] == u'Gr\\xfc\\xdfe \\u2013 S\\xfcd'", umlaut)).isTrue();
        assertThat(FeedPythonString.parse("'it\\'s'")).contains("it's");
        assertThat(FeedPythonString.parse("'a' + 'b'")).isEmpty();
    }

    @Test
    void andInsideAStringDoesNotSplit() {
        FeedOutcome titled = FeedOutcome.parsed(new ParsedFeed("Rock and Roll", null, List.of()));
        assertThat(met("not bozo and feed['title'] == 'Rock and Roll'", titled)).isTrue();
    }

    @Test
    void formsWithoutCounterpartAreNotMapped() {
        assertThat(FeedExpectation.parse("not bozo and encoding == 'utf-8'")).isEmpty();
        assertThat(FeedExpectation.parse("entries[0]['where']['type'] == 'Point'")).isEmpty();
        assertThat(FeedExpectation.parse("feed['title'] == u'x' and version == 'rss20'")).isEmpty();
        assertThat(FeedExpectation.parse("1")).isEmpty();
    }

    @Test
    void fieldsNeedAParsedFeed() {
        assertThat(met("feed['title'] == 'Moselbote'", FeedOutcome.crashed(new IllegalStateException("bug")))).isFalse();
    }
}
