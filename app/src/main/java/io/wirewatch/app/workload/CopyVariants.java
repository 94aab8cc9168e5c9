package io.wirewatch.app.workload;

import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

import io.wirewatch.events.Article;

/**
 * The copies publishers make of a wire story, one drawn at random: a new headline, a cut after three or
 * two paragraphs, a portal's navigation and footer around it, Swiss spelling and quotation marks, or an
 * added paragraph. Each is a near copy the processor should recognise.
 */
final class CopyVariants {

    private static final String NAV = "Startseite | Politik | Wirtschaft | Region | Sport\n\nSie sind hier: Nachrichten";
    private static final String FOOTER = "© Portal Medien GmbH. Alle Rechte vorbehalten.\n\nImpressum | Datenschutz | Kontakt";
    private static final int VARIANTS = 6;

    private CopyVariants() {
    }

    /**
     * A copy of {@code original} at {@code url}, published at {@code time}.
     *
     * @param newTitle        the headline of a copy that gets a new one (drawn only then)
     * @param addedParagraph  the paragraph of a copy that adds one (drawn only then)
     */
    static Article copyOf(Article original, String url, Instant time, Random random, Supplier<String> newTitle,
            Supplier<String> addedParagraph) {
        String text = original.text();
        String[] paragraphs = text.split("\n\n");
        String title = original.title();
        switch (random.nextInt(VARIANTS)) {
            case 0 -> title = newTitle.get();
            case 1 -> text = String.join("\n\n", Arrays.copyOf(paragraphs, Math.min(3, paragraphs.length)));
            case 2 -> text = String.join("\n\n", Arrays.copyOf(paragraphs, Math.min(2, paragraphs.length)));
            case 3 -> text = NAV + "\n\n" + text + "\n\n" + FOOTER;
            case 4 -> text = text.replace("ß", "ss").replace("„", "«").replace("“", "»");
            default -> text = text + "\n\n" + addedParagraph.get();
        }
        return ArticleMix.article(url, title, text, original.language(), time);
    }
}
