package io.wirewatch.app.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryLockTest {

    @TempDir
    Path dir;

    @Test
    void aSecondLockOnTheSameDirectoryIsRefusedUntilTheFirstIsReleased() {
        Path data = dir.resolve("data");
        try (DataDirectoryLock first = DataDirectoryLock.acquire(data)) {
            assertThat(first.file()).isEqualTo(data.toAbsolutePath().resolve(DataDirectoryLock.LOCK_FILE));
            assertThatThrownBy(() -> DataDirectoryLock.acquire(data.resolve(".").resolve("..").resolve("data")))
                    .isInstanceOf(DataDirectoryLock.DataDirectoryLockedException.class)
                    .hasMessageContaining("is in use by another wirewatch process");
        }
        try (DataDirectoryLock again = DataDirectoryLock.acquire(data)) {
            assertThat(again.file()).exists();
        }
    }

    @Test
    void otherDirectoriesAreIndependent() {
        try (DataDirectoryLock a = DataDirectoryLock.acquire(dir.resolve("a"));
             DataDirectoryLock b = DataDirectoryLock.acquire(dir.resolve("b"))) {
            assertThat(a.file()).isNotEqualTo(b.file());
        }
    }
}
