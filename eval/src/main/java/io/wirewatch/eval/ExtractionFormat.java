package io.wirewatch.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.wirewatch.events.Json;

/** The layouts of the extraction corpora the eval command reads, each with its own scoring. */
public enum ExtractionFormat {

    /** Zyte article-extraction-benchmark: {@code html/<id>.html} and {@code ground-truth/<id>.json}. */
    ZYTE {
        @Override
        List<ExtractionSample> load(Path dir) throws IOException {
            List<ExtractionSample> samples = new ArrayList<>();
            for (Path truthFile : list(dir.resolve("ground-truth"), ".json")) {
                String id = stem(truthFile, ".json");
                JsonNode truth = readJson(truthFile);
                samples.add(new ExtractionSample(id, truth.path("url").asText(""), dir.resolve("html").resolve(id + ".html"),
                        new ExtractionTruth.Text(truth.path("articleBody").asText(""))));
            }
            return samples;
        }

        @Override
        ExtractionTally newTally() {
            return new ShingleTally();
        }
    },

    /** fundus test fixtures: {@code <Publisher>_<date>.html} next to {@code .expected.json}, in any subfolder. */
    FUNDUS {
        private static final String EXPECTED = ".expected.json";

        @Override
        List<ExtractionSample> load(Path dir) throws IOException {
            List<ExtractionSample> samples = new ArrayList<>();
            for (Path truthFile : list(dir, EXPECTED)) {
                JsonNode truth = readJson(truthFile);
                String html = truth.path("html_file").asText(stem(truthFile, EXPECTED) + ".html");
                samples.add(new ExtractionSample(stem(truthFile, EXPECTED), truth.path("url").asText(""),
                        truthFile.resolveSibling(html), new ExtractionTruth.Text(bodyText(truth.path("expected").path("body")))));
            }
            return samples;
        }

        @Override
        ExtractionTally newTally() {
            return new ShingleTally();
        }
    },

    /** trafilatura's evaluation set: {@code html/<file>} and {@code evaldata.json} keyed by URL. */
    TRAFILATURA {
        @Override
        List<ExtractionSample> load(Path dir) throws IOException {
            List<ExtractionSample> samples = new ArrayList<>();
            Iterator<Map.Entry<String, JsonNode>> pages = readJson(dir.resolve("evaldata.json")).fields();
            while (pages.hasNext()) {
                Map.Entry<String, JsonNode> page = pages.next();
                String file = page.getValue().path("file").asText();
                samples.add(new ExtractionSample(file, page.getKey(), dir.resolve("html").resolve(file),
                        new ExtractionTruth.Snippets(strings(page.getValue().path("with")),
                                strings(page.getValue().path("without")))));
            }
            return samples;
        }

        @Override
        ExtractionTally newTally() {
            return new ExtractionSnippetTally();
        }
    };

    /** The corpus's labelled pages, in a stable order. */
    abstract List<ExtractionSample> load(Path dir) throws IOException;

    /** A fresh accumulator of this corpus's scores. */
    abstract ExtractionTally newTally();

    /** fundus's body: the summary, then each section's headlines and paragraphs, in reading order. */
    static String bodyText(JsonNode body) {
        List<String> parts = new ArrayList<>(strings(body.path("summary")));
        for (JsonNode section : body.path("sections")) {
            parts.addAll(strings(section.path("headline")));
            parts.addAll(strings(section.path("paragraphs")));
        }
        return String.join("\n\n", parts);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }

    private static JsonNode readJson(Path file) throws IOException {
        return Json.mapper().readTree(file.toFile());
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static String stem(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }
}
