package io.wirewatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever a page holds — broken or hostile markup, JSON-LD of any shape, any bytes in any charset, any
 * depth — extraction returns a result: no exception escapes, and each page is done within a bound far
 * above its normal cost (a guard against hangs and blow-ups, not a speed measure).
 */
class ExtractionPropertiesTest {

    /** Generous: ordinary pages take milliseconds; this only catches hangs and quadratic blow-ups. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static final List<String> TAGS = List.of("div", "p", "article", "main", "section", "nav", "header", "footer",
            "aside", "span", "a", "b", "h1", "h2", "h3", "ul", "ol", "li", "table", "tr", "td", "figure", "figcaption",
            "blockquote", "pre", "font", "center", "form", "iframe", "script", "style", "noscript", "template", "svg",
            "br", "hr", "img", "time", "meta", "link", "title", "html", "body", "head", "dialog", "button", "select");
    private static final List<String> NAMES = List.of("article", "content", "main", "story-body", "text", "share", "social",
            "sidebar", "related", "cookie-consent", "newsletter", "author-box", "comments", "teaser", "ad-slot",
            "byline", "caption", "breadcrumb", "menu", "paywall", "modal", "hidden", "post", "entry", "");
    private static final List<String> PHRASES = List.of("Siehe auch", "Lesen Sie auch:", "Mehr zum Thema", "Foto: © dpa",
            "Bild: Agentur", "Quelle: Reuters", "Aktualisiert: 03.04.2020, 14:12",
            "Der Rat beschloss am Dienstag, nach langer Debatte, den Haushalt, sagte die Sprecherin.", "„Das ist gut“, sagte sie.",
            "&amp;", "&nbsp;", "&#x1F600;", "&bogus;", "&#0;", "&#xD800;", "<!-- x -->", "<![CDATA[ y ]]>", "<!DOCTYPE html>",
            "<", ">", "\"", "'", "\u0000", "\uFEFF", "\u202E", "\r\n", "…");

    @Property(tries = 300)
    void anyMarkupIsExtractedWithoutAnEscapingException(@ForAll("markup") String html) {
        ExtractedPage page = assertTimeoutPreemptively(BOUND, () -> new ArticleExtractor().extract(html, "https://x.example/a"));

        assertThat(page.text()).isNotNull();
        assertThat(page.authors()).isNotNull();
        assertThat(page.text().length()).isLessThanOrEqualTo(html.length());
    }

    @Property(tries = 200)
    void anyMarkupIsReadAsAFeedFragment(@ForAll("markup") String html) {
        String text = assertTimeoutPreemptively(BOUND, () -> new ArticleExtractor().textOfFragment(html));

        assertThat(text.length()).isLessThanOrEqualTo(html.length());
    }

    @Property(tries = 200)
    void anyBytesInAnyDeclaredCharsetAreRead(@ForAll @Size(max = 3000) byte[] bytes, @ForAll("charsets") String charset) {
        Charset header = charset.isEmpty() ? null : Charset.forName(charset);

        ExtractedPage page = assertTimeoutPreemptively(BOUND, () -> new ArticleExtractor().extract(bytes, header, null));

        assertThat(page.text()).isNotNull();
    }

    @Property(tries = 12)
    void pagesOfAnyDepthAreRead(@ForAll @IntRange(min = 1, max = 60_000) int depth, @ForAll("tag") String tag,
                                @ForAll("names") String name) {
        String open = "<" + tag + " class=\"" + name + "\">";
        String html = "<html><body>" + open.repeat(depth) + "<p>" + DeepPageTest.PARAGRAPH + "</p>"
                + ("</" + tag + ">").repeat(depth) + "</body></html>";

        ExtractedPage page = assertTimeoutPreemptively(BOUND, () -> new ArticleExtractor().extract(html, null));

        assertThat(page.text()).isNotNull();
    }

    @Property(tries = 100)
    void jsonLdOfAnyShapeIsRead(@ForAll("jsonLd") String json, @ForAll("markup") String rest) {
        String html = "<html><head><script type=\"application/ld+json\">" + json + "</script></head><body>" + rest
                + "</body></html>";

        ExtractedPage page = assertTimeoutPreemptively(BOUND, () -> new ArticleExtractor().extract(html, null));

        assertThat(page.text()).isNotNull();
    }

    @Provide
    Arbitrary<String> markup() {
        Arbitrary<String> open = Combinators.combine(Arbitraries.of(TAGS), attributes()).as((tag, attrs) -> "<" + tag + attrs + ">");
        Arbitrary<String> close = Arbitraries.of(TAGS).map(tag -> "</" + tag + ">");
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(80);
        Arbitrary<String> phrase = Arbitraries.of(PHRASES);
        Arbitrary<String> token = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, open), net.jqwik.api.Tuple.of(3, close), net.jqwik.api.Tuple.of(3, text),
                net.jqwik.api.Tuple.of(3, phrase));
        return token.list().ofMaxSize(200).map(tokens -> String.join("", tokens));
    }

    private static Arbitrary<String> attributes() {
        Arbitrary<String> attribute = Arbitraries.oneOf(
                Arbitraries.of(NAMES).map(n -> " class=\"" + n + "\""),
                Arbitraries.of(NAMES).map(n -> " id=\"" + n + "\""),
                Arbitraries.of(" style=\"display:none\"", " hidden", " role=\"dialog\"", " aria-modal=\"true\"",
                        " href=\"/x\"", " datetime=\"2024-03-18T06:00:00+01:00\"", " rel=\"author\"", " rel=\"canonical\" href=\"x\"",
                        " property=\"og:title\" content=\"T\"", " name=\"author\" content=\"A\"", " lang=\"de\"", " charset=\"utf-16\""),
                Arbitraries.strings().ofMaxLength(20).map(s -> " data-x=\"" + s + "\""));
        return attribute.list().ofMaxSize(3).map(list -> String.join("", list));
    }

    @Provide
    Arbitrary<String> jsonLd() {
        Arbitrary<String> body = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(400),
                Arbitraries.of(PHRASES).list().ofMaxSize(30).map(l -> String.join("<p>", l)));
        Arbitrary<String> article = Combinators.combine(Arbitraries.of("NewsArticle", "Article", "WebPage", "[\"Article\"]"), body,
                Arbitraries.of("\"A\"", "{\"name\":\"B\"}", "[[\"C\"],{\"name\":null}]", "null", "3"))
                .as((type, text, author) -> "{\"@type\":" + (type.startsWith("[") ? type : "\"" + type + "\"")
                        + ",\"articleBody\":" + quote(text) + ",\"author\":" + author + ",\"datePublished\":\"2024-13-45\"}");
        Arbitrary<String> nested = Combinators.combine(article, Arbitraries.integers().between(0, 3000))
                .as((a, depth) -> "[".repeat(depth) + a + "]".repeat(depth));
        Arbitrary<String> graph = article.list().ofMaxSize(4).map(l -> "{\"@graph\":[" + String.join(",", l) + "]}");
        return Arbitraries.oneOf(article, nested, graph, Arbitraries.strings().ofMaxLength(200));
    }

    private static String quote(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    @Provide
    Arbitrary<String> charsets() {
        return Arbitraries.of("", "UTF-8", "UTF-16", "UTF-16LE", "ISO-8859-1", "windows-1252", "US-ASCII", "UTF-32");
    }

    @Provide
    Arbitrary<String> tag() {
        return Arbitraries.of("div", "section", "span", "article", "li", "blockquote", "td", "font", "b");
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of(NAMES);
    }
}
