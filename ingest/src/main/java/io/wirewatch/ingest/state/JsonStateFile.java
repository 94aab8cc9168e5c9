package io.wirewatch.ingest.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;

import io.wirewatch.events.Json;

/** One JSON value in one file, replaced atomically on every write. */
public final class JsonStateFile<T> {

    private final Path file;
    private final TypeReference<T> type;
    private final String what;

    /**
     * @param file where the state lives
     * @param type its JSON shape
     * @param what what the state is, for error messages ("the seen-articles state")
     */
    public JsonStateFile(Path file, TypeReference<T> type, String what) {
        this.file = file;
        this.type = type;
        this.what = what;
    }

    /** The stored value, or empty when the file does not exist yet. */
    public Optional<T> read() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.mapper().readValue(file.toFile(), type));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes to a temporary file beside it, then moves that over the old one. */
    public void write(T value) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
            Json.mapper().writeValue(temp.toFile(), value);
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + what + " " + file + ": " + e.getMessage(), e);
        }
    }
}
