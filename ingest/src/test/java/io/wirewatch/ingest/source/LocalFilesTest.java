package io.wirewatch.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalFilesTest {

    @TempDir
    Path dir;

    @Test
    void aDirectoryGivesItsFilesOfKnownKindsRecursivelyInPathOrder() throws Exception {
        Files.createDirectories(dir.resolve("b/c"));
        Files.writeString(dir.resolve("b/c/z.rss"), "<rss/>");
        Files.writeString(dir.resolve("a.txt"), "Titel\nText");
        Files.writeString(dir.resolve("b/seite.html"), "<html/>");
        Files.writeString(dir.resolve("notes.md"), "# not a source");

        assertThat(LocalFiles.filesUnder("dir", dir))
                .containsExactly(dir.resolve("a.txt"), dir.resolve("b/c/z.rss"), dir.resolve("b/seite.html"));
    }

    @Test
    void aSingleFileMustExistAndBeOfAKnownKind() throws Exception {
        Files.writeString(dir.resolve("feed.atom"), "<feed/>");
        Files.writeString(dir.resolve("notes.md"), "# not a source");

        assertThat(LocalFiles.kindOf("feed.atom", dir.resolve("feed.atom"))).isEqualTo(DocumentKind.FEED);
        assertThatThrownBy(() -> LocalFiles.kindOf("notes.md", dir.resolve("notes.md")))
                .isInstanceOf(SourceException.class).hasMessageContaining("notes.md").hasMessageContaining("unsupported file type");
        assertThatThrownBy(() -> LocalFiles.kindOf("missing.rss", dir.resolve("missing.rss")))
                .isInstanceOf(SourceException.class).hasMessageContaining("missing.rss").hasMessageContaining("no such file");
    }

    @Test
    void readsWithinTheCapAndRefusesBeyondIt() throws Exception {
        Path file = dir.resolve("meldung.txt");
        Files.writeString(file, "Titel\nZehn Bytes");

        LocalFiles.LocalFile read = new LocalFiles(1_000).read(file, DocumentKind.TEXT);
        assertThat(read.bytes()).isEqualTo(Files.readAllBytes(file));
        assertThat(read.url()).startsWith("file:").endsWith("/meldung.txt");
        assertThatThrownBy(() -> new LocalFiles(5).read(file, DocumentKind.TEXT))
                .isInstanceOf(SourceException.class).hasMessageContaining("exceeds the size cap of 5 bytes");
    }

    @Test
    void fileUrisAndPlainPathsNameTheSameFile() throws Exception {
        Path file = dir.resolve("x.rss");
        assertThat(LocalFiles.toPath(file.toUri().toString())).isEqualTo(file);
        assertThat(LocalFiles.toPath(file.toString())).isEqualTo(file);
        assertThatThrownBy(() -> LocalFiles.toPath("file:not a uri"))
                .isInstanceOf(SourceException.class).hasMessageContaining("not a valid path or file: URI");
    }
}
