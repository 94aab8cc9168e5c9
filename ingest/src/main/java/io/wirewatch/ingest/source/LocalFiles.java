package io.wirewatch.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The local side of reading sources: a path or {@code file:} URI names one file, or a directory whose
 * files of a known {@link DocumentKind} are read recursively in path order. Every file is read whole
 * within the same size cap as downloads, so a stray multi-gigabyte file cannot sink the JVM.
 */
final class LocalFiles {

    /** One file, read. */
    record LocalFile(Path path, DocumentKind kind, byte[] bytes) {

        /** How messages name it: the path as found. */
        String name() {
            return path.toString();
        }

        /** Its absolute {@code file:} URL, the article URL of pages and text files. */
        String url() {
            return path.toAbsolutePath().normalize().toUri().toString();
        }
    }

    private final long maxBytes;

    LocalFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** The path a location names: a {@code file:} URI or a plain path. */
    static Path toPath(String location) throws SourceException {
        try {
            return location.regionMatches(true, 0, "file:", 0, 5) ? Path.of(URI.create(location)) : Path.of(location);
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw new SourceException(location, "not a valid path or file: URI: " + e.getMessage(), e);
        }
    }

    /**
     * The kind of a single file given as a source.
     *
     * @throws SourceException naming {@code location} when the file is missing or of no known kind
     */
    static DocumentKind kindOf(String location, Path file) throws SourceException {
        if (!Files.exists(file)) {
            throw new SourceException(location, "no such file or directory", null);
        }
        return DocumentKind.ofFileName(file.getFileName().toString()).orElseThrow(() ->
                new SourceException(location, "unsupported file type (expected .rss, .atom, .xml, .rdf, .html, .htm or .txt)", null));
    }

    /** The files of a known kind under a directory, recursively, in path order; others are left out. */
    static List<Path> filesUnder(String location, Path directory) throws SourceException {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> DocumentKind.ofFileName(file.getFileName().toString()).isPresent())
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            throw new SourceException(location, "cannot list directory: " + e.getMessage(), e);
        }
    }

    /** Reads a file of a known kind. */
    LocalFile read(Path file, DocumentKind kind) throws SourceException {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new SourceException(file.toString(), "file exceeds the size cap of " + maxBytes + " bytes", null);
            }
            return new LocalFile(file, kind, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new SourceException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }
}
