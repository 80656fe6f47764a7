package org.alliancegraph.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process at a time on a data directory: {@code serve}, a rebuild and a one-shot command that
 * opens the store each hold this lock while the store is open, so that no second writer loads,
 * replaces or deletes a store another process is using. The operating system releases the lock
 * when its holder dies, even by SIGKILL; the file keeps the last holder's description, for the
 * message of the next one who has to wait.
 */
public final class StoreLock implements AutoCloseable {

    static final String FILE = "store.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private StoreLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the lock of a data directory.
     *
     * @param purpose what the holder does ("serve", "load"), for the message of whoever comes next
     * @throws StoreBusyException naming the holder when another process (or another store of this
     *                            one) holds it
     */
    public static StoreLock acquire(Path dataDirectory, String purpose) {
        Path file = dataDirectory.resolve(FILE);
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDirectory);
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new StoreBusyException("The store in " + dataDirectory + " is in use"
                        + (holder.isEmpty() ? "" : " by " + holder) + ": stop that process first, or wait until it ends"
                        + " (while serve runs, one-shot commands ask it instead of the store)");
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((purpose + " (process " + ProcessHandle.current().pid() + ", started "
                    + java.time.Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()) + ")")
                    .getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new StoreLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Cannot lock the store in " + dataDirectory, e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // Closing the channel below releases it as well.
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Nothing more to release.
            }
        }
    }

    /** Another process holds the store; the message names it. */
    public static final class StoreBusyException extends IllegalStateException {
        StoreBusyException(String message) {
            super(message);
        }
    }
}
