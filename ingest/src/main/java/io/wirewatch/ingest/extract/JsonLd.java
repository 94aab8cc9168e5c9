package io.wirewatch.ingest.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

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

    /**
     * The first article object in document order: arrays are searched element by element and objects
     * through their {@code @graph}. Searched with a stack of its own, so nesting cannot exhaust the thread's
     * (Jackson already refuses documents nested over 1,000 levels).
     */
    private static Optional<JsonNode> findArticle(JsonNode root) {
        Deque<JsonNode> stack = new ArrayDeque<>();
        pushIfPresent(stack, root);
        while (!stack.isEmpty()) {
            JsonNode node = stack.pop();
            if (node.isArray()) {
                pushElements(stack, node);
            } else if (node.isObject()) {
                if (isArticleType(node.get("@type"))) {
                    return Optional.of(node);
                }
                pushIfPresent(stack, node.get("@graph"));
            }
        }
        return Optional.empty();
    }

    /** Pushes an array's elements so that the first is popped first. */
    private static void pushElements(Deque<JsonNode> stack, JsonNode array) {
        for (int i = array.size() - 1; i >= 0; i--) {
            pushIfPresent(stack, array.get(i));
        }
    }

    private static void pushIfPresent(Deque<JsonNode> stack, JsonNode node) {
        if (node != null) {
            stack.push(node);
        }
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

    String description() {
        return text("description");
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

    /** Names from a string, an object with a name, or arrays of these (flattened without recursion). */
    private static void collectNames(JsonNode author, List<String> names) {
        Deque<JsonNode> stack = new ArrayDeque<>();
        pushIfPresent(stack, author);
        while (!stack.isEmpty()) {
            JsonNode node = stack.pop();
            if (node.isArray()) {
                pushElements(stack, node);
            } else if (node.isTextual() && !node.asText().isBlank()) {
                names.add(node.asText().trim());
            } else if (node.isObject() && node.hasNonNull("name") && !node.get("name").asText().isBlank()) {
                names.add(node.get("name").asText().trim());
            }
        }
    }

    private String text(String field) {
        JsonNode value = article.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }
}
