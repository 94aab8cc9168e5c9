package io.wirewatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cleaning and rendering walks keep their own stacks (deep pages must not exhaust the thread's);
 * on ordinary pages they must decide exactly what the plain recursive walks decide.
 */
class TraversalReferenceTest {

    static Stream<String> pages() {
        return Stream.of(resource("/pages/article.html"), resource("/pages/jsonld.html"), resource("/local/2024/seite.html"),
                """
                <html><body><header>Portal</header><main><header><p>Der Vorspann des Artikels, kurz und knapp gehalten.</p></header>
                <article><h2>Lesen Sie auch</h2><ul><li><a href=/x>Anderes</a></li></ul>
                <div><p>Erster Absatz mit Text, Kommas, und noch mehr Text, der lang genug ist.</p>text<br>zwischen<br>
                <span>Foto: © Agentur</span><div class="share-bar">Teilen</div><p>Zweiter Absatz, wieder lang genug.</p>
                <section class="related"><a href=/a>Verwandt</a></section><p>Aktualisiert: 03.04.2020, 14:12</p></div>
                </article><aside>Werbung</aside><div class=sidebar>Menü</div></main>
                <div><div><p>Siehe auch: <a href=/b>dies</a></p></div></div><footer>Impressum</footer></body></html>
                """);
    }

    private static String resource(String name) {
        try (InputStream in = TraversalReferenceTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(name, e);
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void cleaningFindsWhatTheRecursiveWalkFinds(String html) {
        for (boolean byName : new boolean[] {true, false}) {
            Document document = Jsoup.parse(html);
            Boilerplate.Found reference = new Boilerplate.Found();
            walkRecursively(document.body(), byName, false, reference);

            Boilerplate.Found found = Boilerplate.find(document.body(), byName);

            assertThat(found.doomed()).containsExactlyElementsOf(reference.doomed());
            assertThat(found.leadIns()).containsExactlyElementsOf(reference.leadIns());
            assertThat(found.credits()).containsExactlyElementsOf(reference.credits());
            assertThat(reference.doomed()).isNotEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("pages")
    void renderingYieldsTheParagraphsOfTheRecursiveRendering(String html) {
        Document document = Jsoup.parse(html);
        TextStats stats = TextStats.of(document.body());
        for (List<Element> roots : List.of(List.of(document.body()), document.body().children())) {
            TextBlocks reference = new TextBlocks(stats);
            for (Element root : roots) {
                renderRecursively(reference, root, true);
                reference.flush();
            }

            assertThat(TextBlocks.of(roots, stats)).containsExactlyElementsOf(reference.paragraphs());
        }
    }

    /** The reference form of {@code Boilerplate.find}: the same verdicts, on the call stack. */
    private static void walkRecursively(Element element, boolean byName, boolean inArticle, Boilerplate.Found found) {
        for (Element child : element.children()) {
            Boilerplate.Verdict verdict = Boilerplate.judge(child, byName, inArticle);
            found.add(child, verdict);
            if (verdict == Boilerplate.Verdict.DESCEND) {
                walkRecursively(child, byName, inArticle || child.nameIs("article") || child.nameIs("main"), found);
            }
        }
    }

    /** The reference form of {@code TextBlocks.render}. */
    private static void renderRecursively(TextBlocks blocks, Element element, boolean isRoot) {
        if (!isRoot && blocks.isChrome(element)) {
            return;
        }
        boolean block = Blocks.isBlock(element);
        if (block) {
            blocks.flush();
        }
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode text) {
                blocks.append(text.text());
            } else if (child instanceof Element childElement) {
                if (childElement.nameIs("br")) {
                    blocks.flush();
                } else {
                    renderRecursively(blocks, childElement, false);
                }
            }
        }
        if (block) {
            blocks.flush();
        }
    }
}
