package io.wirewatch.eval;

import java.util.List;

/** What a corpus says a page's extraction should be. */
public sealed interface ExtractionTruth {

    /** The full article text (Zyte benchmark, fundus). */
    record Text(String text) implements ExtractionTruth {
    }

    /**
     * Snippets the text must contain and boilerplate it must not (trafilatura's evaluation set).
     *
     * @param wanted   snippets of the article
     * @param unwanted snippets of boilerplate
     */
    record Snippets(List<String> wanted, List<String> unwanted) implements ExtractionTruth {
        public Snippets {
            wanted = List.copyOf(wanted);
            unwanted = List.copyOf(unwanted);
        }
    }
}
