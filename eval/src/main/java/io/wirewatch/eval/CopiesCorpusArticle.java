package io.wirewatch.eval;

import io.wirewatch.events.Article;

/**
 * One labelled article of a copies corpus.
 *
 * @param file      its file name, the item the scores count
 * @param article   the article as ingest would publish it
 * @param copyGroup gold copy group: articles that are the same agency text
 * @param story     gold story: articles about the same event, copies or independent reports
 * @param note      what the article is (which copy variant, which hard negative)
 */
public record CopiesCorpusArticle(String file, Article article, String copyGroup, String story, String note) {
}
