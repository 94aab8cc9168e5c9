package io.wirewatch.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.wirewatch.events.Article;
import io.wirewatch.events.Json;

/**
 * A labelled copies corpus: {@code labels.tsv} (header, then {@code file, copyGroup, story, note}) and
 * one JSON article per listed file. The bundled corpus lives on the classpath under
 * {@value #BUNDLED}; any other directory of the same layout can be scored.
 */
public record CopiesCorpus(String location, List<CopiesCorpusArticle> articles) {

    /** Classpath folder of the corpus written for wirewatch (see its README.md). */
    public static final String BUNDLED = "corpus/copies/";
    static final String LABELS = "labels.tsv";

    /** Reads a file of the corpus by name; null when it does not exist. */
    @FunctionalInterface
    private interface FileSource {
        String read(String name) throws IOException;
    }

    public static CopiesCorpus load(Path dir) {
        return load(dir.toString(), name -> {
            Path file = dir.resolve(name);
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
        });
    }

    public static CopiesCorpus bundled() {
        return load("classpath:" + BUNDLED, name -> {
            try (InputStream in = CopiesCorpus.class.getClassLoader().getResourceAsStream(BUNDLED + name)) {
                return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        });
    }

    private static CopiesCorpus load(String location, FileSource files) {
        String labels = read(files, location, LABELS);
        List<CopiesCorpusArticle> articles = new ArrayList<>();
        String[] lines = labels.split("\\R");
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String[] columns = lines[i].split("\t", -1);
            if (columns.length < 3) {
                throw new CopiesCorpusException(location + "/" + LABELS + ":" + (i + 1),
                        "expected file, copyGroup, story and note separated by tabs");
            }
            String file = columns[0];
            String json = read(files, location, file);
            Article article;
            try {
                article = Json.read(json, CopiesCorpusFile.class).toArticle(location + "/" + file);
            } catch (RuntimeException e) {
                throw new CopiesCorpusException(location + "/" + file, "not a corpus article: " + e.getMessage(), e);
            }
            articles.add(new CopiesCorpusArticle(file, article, columns[1], columns[2], columns.length > 3 ? columns[3] : ""));
        }
        if (articles.isEmpty()) {
            throw new CopiesCorpusException(location + "/" + LABELS, "lists no articles");
        }
        return new CopiesCorpus(location, List.copyOf(articles));
    }

    private static String read(FileSource files, String location, String name) {
        try {
            String content = files.read(name);
            if (content == null) {
                throw new CopiesCorpusException(location + "/" + name, "missing");
            }
            return content;
        } catch (IOException e) {
            throw new CopiesCorpusException(location + "/" + name, "cannot be read", e);
        }
    }
}
