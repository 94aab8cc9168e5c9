package io.wirewatch.app.workload;

import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;

import io.wirewatch.events.Article;

/**
 * The copies publishers make of a wire story: a new headline, a cut after three or two paragraphs, a
 * portal's navigation and footer around it, Swiss spelling and quotation marks, or an added paragraph.
 * Each is a near copy the processor should recognise. The generated streams draw one at random
 * ({@link #copyOf}); {@code wirewatch eval copies --variants-of} applies them to real articles
 * ({@link #apply}), where several may be combined as a portal would.
 */
public final class CopyVariants {

    /** The variants, in the order {@link #apply} numbers them. */
    public enum Kind { NEW_HEADLINE, CUT_AFTER_THREE, CUT_AFTER_TWO, PORTAL_FRAME, SWISS_SPELLING, ADDED_PARAGRAPH }

    /** A headline and its text. */
    public record Text(String title, String text) {
    }

    private static final String NAV = "Startseite | Politik | Wirtschaft | Region | Sport\n\nSie sind hier: Nachrichten";
    private static final String FOOTER = "© Portal Medien GmbH. Alle Rechte vorbehalten.\n\nImpressum | Datenschutz | Kontakt";

    private CopyVariants() {
    }

    /**
     * A copy of {@code original} at {@code url}, published at {@code time}, in one variant drawn at random.
     *
     * @param newTitle        the headline of a copy that gets a new one (drawn only then)
     * @param addedParagraph  the paragraph of a copy that adds one (drawn only then)
     */
    static Article copyOf(Article original, String url, Instant time, Random random, Supplier<String> newTitle,
            Supplier<String> addedParagraph) {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        Text copy = apply(kind, new Text(original.title(), original.text()), newTitle, addedParagraph);
        return ArticleMix.article(url, copy.title(), copy.text(), original.language(), time);
    }

    /** {@code original} in the variant {@code kind}; paragraphs are separated by blank lines. */
    public static Text apply(Kind kind, Text original, Supplier<String> newTitle, Supplier<String> addedParagraph) {
        String text = original.text();
        String[] paragraphs = text.split("\n\n");
        return switch (kind) {
            case NEW_HEADLINE -> new Text(newTitle.get(), text);
            case CUT_AFTER_THREE -> new Text(original.title(), String.join("\n\n", Arrays.copyOf(paragraphs, Math.min(3, paragraphs.length))));
            case CUT_AFTER_TWO -> new Text(original.title(), String.join("\n\n", Arrays.copyOf(paragraphs, Math.min(2, paragraphs.length))));
            case PORTAL_FRAME -> new Text(original.title(), NAV + "\n\n" + text + "\n\n" + FOOTER);
            case SWISS_SPELLING -> new Text(original.title(), text.replace("ß", "ss").replace("„", "«").replace("“", "»"));
            case ADDED_PARAGRAPH -> new Text(original.title(), text + "\n\n" + addedParagraph.get());
        };
    }
}
