package io.wirewatch.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages nested far deeper than any real page (hostile or broken) are read without exhausting the stack. */
class DeepPageTest {

    static final String PARAGRAPH = "Der Gemeinderat hat am Dienstagabend den Haushalt beschlossen, nach einer Debatte"
            + " von mehr als drei Stunden, teilte die Stadt mit.";

    /** {@code levels} nested divs around one paragraph, with a share bar and a credit at the bottom. */
    static String nestedPage(int levels) {
        StringBuilder html = new StringBuilder(levels * 11 + 500)
                .append("<html><head><title>Tief</title></head><body>");
        html.append("<div>".repeat(levels));
        html.append("<p>").append(PARAGRAPH).append("</p><p>").append(PARAGRAPH).append("</p>")
                .append("<div class=share>Teilen auf Facebook</div><p>Foto: © Agentur</p>");
        html.append("</div>".repeat(levels));
        return html.append("</body></html>").toString();
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 100_000})
    void deeplyNestedPageIsExtracted(int levels) {
        ExtractedPage page = new ArticleExtractor().extract(nestedPage(levels), "https://tief.example/a");

        assertThat(page.text()).contains("Haushalt beschlossen").doesNotContain("Facebook", "Foto:");
        assertThat(page.title()).isEqualTo("Tief");
    }

    @ParameterizedTest
    @ValueSource(ints = {10_000, 100_000})
    void deeplyNestedFragmentIsRead(int levels) {
        assertThat(new ArticleExtractor().textOfFragment(nestedPage(levels))).contains("Haushalt beschlossen");
    }
}
