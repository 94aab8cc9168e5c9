package io.wirewatch.eval;

import java.nio.file.Path;

/**
 * One labelled page of an extraction corpus.
 *
 * @param id    the page's name in the corpus, shown in the worst-pages list
 * @param url   the page's original URL, or "" when the corpus does not say
 * @param html  the page file, read as bytes so the page's own charset declaration decides its decoding
 * @param truth what the extraction should yield
 */
public record ExtractionSample(String id, String url, Path html, ExtractionTruth truth) {
}
