package io.wirewatch.processor.state;

import static io.wirewatch.processor.state.CompactSerde.readInstant;
import static io.wirewatch.processor.state.CompactSerde.readNullableText;
import static io.wirewatch.processor.state.CompactSerde.readText;
import static io.wirewatch.processor.state.CompactSerde.readTexts;
import static io.wirewatch.processor.state.CompactSerde.writeInstant;
import static io.wirewatch.processor.state.CompactSerde.writeNullableText;
import static io.wirewatch.processor.state.CompactSerde.writeText;
import static io.wirewatch.processor.state.CompactSerde.writeTexts;

import java.io.DataOutput;
import java.io.IOException;

import io.wirewatch.events.Article;

/**
 * An {@link Article} in the compact internal encoding, for the processor's internal topics and stores: the
 * fields in their declared order, texts as UTF-8 of any length, instants as epoch second and nano. Writing
 * and reading it costs a fraction of the public JSON, which every internal hop used to write and parse
 * again (see docs/profile.md). Never on a public topic: {@code news.articles.v1} stays JSON.
 */
public final class CompactArticles {

    private static final CompactSerde<Article> SERDE = CompactSerde.of(Article.class, CompactArticles::write, CompactArticles::read);

    private CompactArticles() {
    }

    /** Compact articles; reads an article in the public JSON too (records written before this encoding). */
    public static CompactSerde<Article> serde() {
        return SERDE;
    }

    public static void write(Article article, DataOutput out) throws IOException {
        out.writeInt(article.schemaVersion());
        writeText(article.id(), out);
        out.writeInt(article.version());
        writeNullableText(article.sourceId(), out);
        writeNullableText(article.origin(), out);
        writeNullableText(article.url(), out);
        writeText(article.title(), out);
        writeText(article.text(), out);
        writeText(article.language(), out);
        writeTexts(article.authors(), out);
        writeInstant(article.publishedAt(), out);
        writeInstant(article.fetchedAt(), out);
        writeNullableText(article.contentHash(), out);
    }

    public static Article read(CompactInput in) throws IOException {
        return new Article(in.readInt(), readText(in), in.readInt(), readNullableText(in), readNullableText(in),
                readNullableText(in), readText(in), readText(in), readText(in), readTexts(in), readInstant(in),
                readInstant(in), readNullableText(in));
    }
}
