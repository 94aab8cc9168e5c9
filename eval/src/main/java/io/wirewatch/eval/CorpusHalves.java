package io.wirewatch.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.wirewatch.events.Json;

/**
 * The fixed split of a dev corpus into a tuned half (anything may be fitted on it) and an untuned half
 * (only reported), read from a halves file such as the shared {@code untuned-half.json}: one array of
 * untuned ids per corpus name, every other id being tuned.
 */
public final class CorpusHalves {

    /** Which half a page belongs to. */
    public enum Half {
        TUNED, UNTUNED;

        String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String corpus;
    private final Set<String> untuned;

    private CorpusHalves(String corpus, Set<String> untuned) {
        this.corpus = corpus;
        this.untuned = Set.copyOf(untuned);
    }

    /**
     * Reads the halves of one corpus.
     *
     * @param file   the halves file
     * @param corpus the corpus's key in it, or null to take the first of {@code dir}'s own name and its
     *               parents' names that is a key (so {@code …/article-extraction-benchmark/dev} finds its key)
     * @param dir    the corpus directory
     * @throws IllegalArgumentException naming the file and the keys it has when no key fits
     */
    public static CorpusHalves read(Path file, String corpus, Path dir) throws IOException {
        JsonNode root = Json.mapper().readTree(file.toFile());
        String key = corpus != null ? corpus : keyFor(root, dir.toAbsolutePath().normalize());
        JsonNode ids = key == null ? null : root.get(key);
        if (ids == null || !ids.isArray()) {
            throw new IllegalArgumentException("halves file " + file + " has no list for corpus '"
                    + (key == null ? dir : key) + "'; its corpora are " + corpusKeys(root));
        }
        Set<String> untuned = new HashSet<>();
        ids.forEach(id -> untuned.add(id.asText()));
        return new CorpusHalves(key, untuned);
    }

    private static String keyFor(JsonNode root, Path dir) {
        for (Path p = dir; p != null && p.getFileName() != null; p = p.getParent()) {
            JsonNode ids = root.get(p.getFileName().toString());
            if (ids != null && ids.isArray()) {
                return p.getFileName().toString();
            }
        }
        return null;
    }

    private static List<String> corpusKeys(JsonNode root) {
        List<String> keys = new java.util.ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isArray()) {
                keys.add(field.getKey());
            }
        }
        return keys;
    }

    /** The corpus's key in the halves file. */
    public String corpus() {
        return corpus;
    }

    /** The half of a page, by its id in the corpus (file name without extension, or as the corpus names it). */
    public Half of(String id) {
        return untuned.contains(id) ? Half.UNTUNED : Half.TUNED;
    }
}
