package io.wirewatch.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;

import io.wirewatch.events.Json;

/** The schema.org article object a page embeds as {@code application/ld+json}, if any. */
final class JsonLd {

    private static final Set<String> ARTICLE_TYPES =
            Set.of("NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "BlogPosting", "Report");

    private final JsonNode article;

    private JsonLd(JsonNode article) {
        this.article = article;
    }

    /** The first article object in the page's JSON-LD blocks; broken blocks are skipped. */
    static Optional<JsonLd> find(Document document) {
        for (Element script : document.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = Json.mapper().readTree(script.data());
                Optional<JsonNode> article = findArticle(root);
                if (article.isPresent()) {
                    return Optional.of(new JsonLd(article.get()));
                }
            } catch (Exception malformed) {
                // Publishers ship invalid JSON-LD often enough; the DOM still has the article.
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findArticle(JsonNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                Optional<JsonNode> found = findArticle(element);
                if (found.isPresent()) {
                    return found;
                }
            }
            return Optional.empty();
        }
        if (node.isObject()) {
            if (isArticleType(node.get("@type"))) {
                return Optional.of(node);
            }
            return findArticle(node.get("@graph"));
        }
        return Optional.empty();
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (ARTICLE_TYPES.contains(t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    String articleBody() {
        return text("articleBody");
    }

    String headline() {
        return text("headline");
    }

    String datePublished() {
        return text("datePublished");
    }

    /** author may be a string, a Person/Organization object, or an array of either. */
    List<String> authors() {
        List<String> names = new ArrayList<>();
        collectNames(article.get("author"), names);
        return names;
    }

    private static void collectNames(JsonNode author, List<String> names) {
        if (author == null || author.isNull()) {
            return;
        }
        if (author.isArray()) {
            author.forEach(a -> collectNames(a, names));
        } else if (author.isTextual() && !author.asText().isBlank()) {
            names.add(author.asText().trim());
        } else if (author.isObject() && author.hasNonNull("name") && !author.get("name").asText().isBlank()) {
            names.add(author.get("name").asText().trim());
        }
    }

    private String text(String field) {
        JsonNode value = article.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
