package io.wirewatch.ingest.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import io.wirewatch.ingest.IngestConfig;
import io.wirewatch.ingest.fetch.HttpFetcher;
import io.wirewatch.ingest.source.ArticleFactory;
import io.wirewatch.ingest.source.SourceException;
import io.wirewatch.ingest.source.SourceLoader;
import io.wirewatch.ingest.source.SourceSpec;

/**
 * Whatever text is pasted, reading it yields a title and paragraphs taken from its own lines, within a
 * bound far above the normal cost; a .txt file is read into an article or refused with a clear error.
 */
class PastedTextPropertiesTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final List<String> LINES = List.of("1. Zum Inhalt springen", "Startseite › Politik › Ausland", "Startseite",
            "KonflikteNordkorea", "Foto: © AFP", "Teilen: Facebook | WhatsApp", "Siehe auch", "Ähnliche Artikel",
            "https://kurz.example/x", "Paris -", "5. Januar 2024", "Hält der Deich?", "Mulde tritt über die Ufer",
            "Der Rat beschloss am Dienstag, nach langer Debatte, den Haushalt, sagte die Sprecherin des Landkreises heute.",
            "Kurz.", "Bild: Getty Images", "...", "…", "—", "?", "\u00A0", "\uFEFF", "\u202E");
    private static final List<String> BREAKS = List.of("\n", "\r\n", "\r", "\n\n", "\u2028", "\u0085", "\u000B", "\f");

    @Property(tries = 500)
    void titleAndParagraphsAreLinesOfTheInput(@ForAll("pasted") String content) {
        PastedText text = assertTimeoutPreemptively(BOUND, () -> PastedText.read(content));

        Set<String> lines = Arrays.stream(content.replace("\uFEFF", "").split("\\R"))
                .map(line -> line.strip().replaceAll("\\s+", " ")).collect(Collectors.toSet());
        assertThat(text.title().isEmpty() || lines.contains(text.title())).isTrue();
        assertThat(text.paragraphs()).allSatisfy(paragraph -> assertThat(lines).contains(paragraph));
        assertThat(text.paragraphs()).noneMatch(String::isBlank);
    }

    @Property(tries = 100)
    void aTextFileIsReadOrRefusedWithASourceError(@ForAll("pasted") String content) throws Exception {
        Path file = Files.createTempFile("pasted", ".txt");
        try {
            Files.writeString(file, content);
            SourceLoader loader = new SourceLoader(new HttpFetcher(IngestConfig.defaults().fetchPolicy()),
                    new ArticleFactory(Clock.systemUTC()));
            SourceSpec spec = new SourceSpec("cli", file.toString(), null, null, false, false);
            try {
                assertThat(loader.load(spec).articles()).singleElement()
                        .satisfies(article -> assertThat(article.text()).isNotBlank());
            } catch (SourceException refused) {
                assertThat(refused.getMessage()).contains(file.toString());
            }
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<String> pasted() {
        Arbitrary<String> line = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.of(LINES)),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(300)),
                Tuple.of(1, Arbitraries.strings().withChars(" \t.!?,:;-–»«\"").ofMaxLength(10)));
        Arbitrary<String> piece = Arbitraries.oneOf(line, Arbitraries.of(BREAKS));
        return piece.list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }
}
