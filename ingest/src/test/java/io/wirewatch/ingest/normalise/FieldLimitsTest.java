package io.wirewatch.ingest.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import io.wirewatch.events.Article;
import io.wirewatch.events.Topics;
import io.wirewatch.ingest.source.ArticleFactory;
import io.wirewatch.ingest.source.SourceSpec;

class FieldLimitsTest {

    @Test
    void shortValuesAreKeptAsTheyAre() {
        assertThat(FieldLimits.title("Sturmflut erreicht die Inseln")).isEqualTo("Sturmflut erreicht die Inseln");
        assertThat(FieldLimits.text("")).isEmpty();
        assertThat(FieldLimits.title(null)).isNull();
        assertThat(FieldLimits.authors(null)).isEmpty();
    }

    @Test
    void aLongTitleIsCutToTheLimitWithTheMarker() {
        String cut = FieldLimits.title("Sturmflut ".repeat(900_000));
        assertThat(cut).hasSize(FieldLimits.TITLE_CHARS).startsWith("Sturmflut Sturmflut").endsWith(FieldLimits.MARKER);
    }

    @Test
    void textOfControlCharactersIsCutByItsJsonSizeNotOnlyByCharacters() {
        String cut = FieldLimits.text("\u0001".repeat(150_000));
        assertThat(cut).endsWith(FieldLimits.MARKER);
        assertThat(FieldLimits.jsonBytes(cut, cut.length())).isLessThanOrEqualTo(FieldLimits.TEXT_JSON_BYTES);
        assertThat(json(cut).length).isLessThanOrEqualTo(FieldLimits.TEXT_JSON_BYTES + 2);
    }

    @Test
    void aSurrogatePairIsNeverSplit() {
        String emoji = "\uD83C\uDF0A";
        String cut = FieldLimits.title("x" + emoji.repeat(1_000));
        String kept = cut.substring(0, cut.length() - FieldLimits.MARKER.length());
        assertThat(Character.isHighSurrogate(kept.charAt(kept.length() - 1))).isFalse();
        assertThat(kept.codePoints().skip(1)).allMatch(cp -> cp == emoji.codePointAt(0));
    }

    @Test
    void authorsAreLimitedInNumberAndLength() {
        List<String> authors = FieldLimits.authors(Collections.nCopies(1_000, "Hanna Petersen ".repeat(100)));
        assertThat(authors).hasSize(FieldLimits.MAX_AUTHORS)
                .allSatisfy(a -> assertThat(a).hasSize(FieldLimits.AUTHOR_CHARS).endsWith(FieldLimits.MARKER));
    }

    @Property(tries = 100)
    void anyTextIsCutWithinBothLimits(@ForAll("hostileText") String text) {
        String cut = FieldLimits.text(text);
        assertThat(cut.length()).isLessThanOrEqualTo(FieldLimits.TEXT_CHARS);
        assertThat(json(cut).length).isLessThanOrEqualTo(FieldLimits.TEXT_JSON_BYTES + 2);
        if (!cut.equals(text)) {
            assertThat(cut).endsWith(FieldLimits.MARKER);
            assertThat(text).startsWith(cut.substring(0, cut.length() - FieldLimits.MARKER.length()));
        }
    }

    @Property(tries = 30)
    void anyArticleFitsTheRecordBound(@ForAll("hostileText") String title, @ForAll("hostileText") String text,
                                      @ForAll("hostileText") String author, @ForAll("hostileText") String path) {
        ArticleFactory factory = new ArticleFactory(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));
        SourceSpec spec = new SourceSpec("fuzz", "https://fuzz.example/feed", java.util.Map.of(), null, false, true);
        Article article = factory.create(spec, "https://fuzz.example/" + path, title, text, null, author,
                Collections.nCopies(50, author), null);
        assertThat(Topics.ARTICLES.valueSerde().serializer().serialize(Topics.ARTICLES.name(), article).length)
                .isLessThanOrEqualTo(FieldLimits.MAX_ARTICLE_JSON_BYTES);
    }

    /** Short and very long strings of the characters that cost most in JSON, and of anything else. */
    @Provide
    Arbitrary<String> hostileText() {
        // Lone and paired surrogates, control characters, characters JSON escapes, multi-byte UTF-8.
        Arbitrary<Character> costly = Arbitraries.of('\u0001', '"', '\\', '\u2028', 'ü', '\u20AC', '\uD83C', '\uDF0A', 'a', '\n');
        Arbitrary<String> costlyStrings = costly.list().ofMinSize(0).ofMaxSize(400_000)
                .map(chars -> {
                    StringBuilder b = new StringBuilder(chars.size());
                    chars.forEach(b::append);
                    return b.toString();
                });
        return Arbitraries.oneOf(costlyStrings, Arbitraries.strings().ofMaxLength(2_000));
    }

    private static byte[] json(String value) {
        try {
            return io.wirewatch.events.Json.mapper().writeValueAsBytes(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
