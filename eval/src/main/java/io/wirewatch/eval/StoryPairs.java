package io.wirewatch.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.wirewatch.events.Json;

/**
 * A labelled pairs file as the SemEval-2022 Task 8 development set is laid out: {@code {"pairs": [{"a":
 * "<id>.txt", "b": "<id>.txt", "overall": 1.0, "label": "same"|"related"|"different"}, …]}}, with the
 * documents ({@code <id>.txt}: title on the first line, then a blank line and the text) in {@code docs/}
 * beside it.
 *
 * @param file  the pairs file
 * @param docs  the folder of the documents
 * @param pairs the labelled pairs, in file order
 */
public record StoryPairs(Path file, Path docs, List<Pair> pairs) {

    static final Set<String> LABELS = Set.of("same", "related", "different");

    /**
     * One labelled pair.
     *
     * @param a       file name of the first document
     * @param b       file name of the second document
     * @param overall the annotators' mean score, 1 = same event … 4 = unrelated
     * @param label   {@code same}, {@code related} or {@code different}
     */
    public record Pair(String a, String b, double overall, String label) {

        /** {@code <a>_<b>} without the {@code .txt}: the id the untuned half lists. */
        public String id() {
            return stem(a) + "_" + stem(b);
        }

        private static String stem(String file) {
            return file.endsWith(".txt") ? file.substring(0, file.length() - 4) : file;
        }
    }

    public static StoryPairs load(Path file) {
        JsonNode root;
        try {
            root = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CopiesCorpusException(file.toString(), "cannot read the pairs file", e);
        }
        JsonNode pairs = root.path("pairs");
        if (!pairs.isArray()) {
            throw new CopiesCorpusException(file.toString(), "no \"pairs\" array");
        }
        Path docs = file.toAbsolutePath().getParent().resolve("docs");
        List<Pair> read = new ArrayList<>();
        for (JsonNode pair : pairs) {
            String a = pair.path("a").asText("");
            String b = pair.path("b").asText("");
            String label = pair.path("label").asText("");
            if (a.isEmpty() || b.isEmpty() || !LABELS.contains(label) || !pair.path("overall").isNumber()) {
                throw new CopiesCorpusException(file.toString(), "pair " + read.size() + " needs a, b, a numeric overall and a label in " + LABELS);
            }
            for (String doc : List.of(a, b)) {
                if (!Files.isRegularFile(docs.resolve(doc))) {
                    throw new CopiesCorpusException(file.toString(), "document " + doc + " is not in " + docs);
                }
            }
            read.add(new Pair(a, b, pair.path("overall").asDouble(), label));
        }
        return new StoryPairs(file, docs, List.copyOf(read));
    }
}
