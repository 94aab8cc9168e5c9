package io.wirewatch.app.run;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive lock of one data directory ({@value #LOCK_FILE} in it): taken before anything under it is
 * opened (the embedded broker's log, ingest's state, the Streams stores, the demo files), held until the
 * process ends. A second wirewatch on the same directory stops at once, having touched nothing: two broker
 * instances on one log corrupt it. The operating system releases the lock when the process dies, however
 * it dies, so a stale lock file never blocks a restart.
 */
public final class DataDirectoryLock implements AutoCloseable {

    /** The lock file's name inside the data directory. */
    public static final String LOCK_FILE = ".wirewatch.lock";

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path file, FileChannel channel, FileLock lock) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Locks the directory, creating it when missing.
     *
     * @throws DataDirectoryLockedException when another process (or another run in this one) holds it
     */
    public static DataDirectoryLock acquire(Path dataDir) {
        Path dir = dataDir.toAbsolutePath().normalize();
        Path file = dir.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(dir);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new DataDirectoryLockedException(dir);
            }
            return new DataDirectoryLock(file, channel, lock);
        } catch (OverlappingFileLockException e) {
            close(channel);
            throw new DataDirectoryLockedException(dir);
        } catch (DataDirectoryLockedException e) {
            close(channel);
            throw e;
        } catch (IOException e) {
            close(channel);
            throw new DataDirectoryLockedException(dir, e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // the channel's close below releases it too
        }
        close(channel);
    }

    private static void close(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing held any more that could leak
            }
        }
    }

    /** The data directory is in use, or cannot be locked at all. */
    public static final class DataDirectoryLockedException extends IllegalStateException {

        private static final long serialVersionUID = 1L;

        DataDirectoryLockedException(Path dir) {
            super("data directory " + dir + " is in use by another wirewatch process (lock " + LOCK_FILE
                    + "); stop it first or give this one another data directory");
        }

        DataDirectoryLockedException(Path dir, IOException cause) {
            super("cannot lock data directory " + dir + ": " + cause.getMessage(), cause);
        }
    }
}
