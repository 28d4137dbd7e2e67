package com.retailstudio.app.workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The single-writer guard of a workspace: an OS file lock on {@code workspace.lock}, holding the owner's PID.
 *
 * <p>The OS releases the lock when the owning process dies, so a lock file left by a killed process never blocks.
 * The file itself is never deleted: deleting it would let two processes lock two different files of the same name.
 */
final class WorkspaceLock implements AutoCloseable {

    static final String FILE_NAME = "workspace.lock";

    // The locked byte lies past the PID text, so other processes can still read the PID where locks are mandatory
    // (Windows).
    private static final long LOCKED_POSITION = 1024;

    // POSIX locks belong to the process, and closing any channel on the file drops them, so a second open in the same
    // JVM must be refused before it touches the lock file. This is process-wide by nature, hence static.
    private static final Set<Path> HELD_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();

    private final Path directory;
    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean released;

    private WorkspaceLock(Path directory, Path key, FileChannel channel, FileLock lock) {
        this.directory = directory;
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of an existing workspace folder or throws {@link WorkspaceInUseException}. */
    static WorkspaceLock acquire(Path directory) {
        Path key = realPath(directory);
        if (!HELD_IN_THIS_PROCESS.add(key)) {
            throw WorkspaceInUseException.heldByThisProcess(directory);
        }
        try {
            return lockFile(directory, key);
        } catch (RuntimeException e) {
            HELD_IN_THIS_PROCESS.remove(key);
            throw e;
        }
    }

    private static WorkspaceLock lockFile(Path directory, Path key) {
        Path file = directory.resolve(FILE_NAME);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                // This JVM holds the lock through a path the registry did not recognise as the same folder (a bind
                // mount, say). Closing this channel would drop that lock too, so the channel is left open.
                channel = null;
                throw WorkspaceInUseException.heldByThisProcess(directory);
            }
            if (lock == null) {
                throw WorkspaceInUseException.heldByAnotherProcess(directory, readPid(channel));
            }
            byte[] pid = Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.US_ASCII);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(pid), 0);
            channel.force(false);
            return new WorkspaceLock(directory, key, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceException("Could not lock the workspace " + directory + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static OptionalLong readPid(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(32);
        channel.read(buffer, 0);
        String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).trim();
        try {
            return text.isEmpty() ? OptionalLong.empty() : OptionalLong.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    private static Path realPath(Path directory) {
        try {
            return directory.toRealPath();
        } catch (IOException e) {
            throw new WorkspaceException("Could not resolve the workspace folder " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Already failing; the first error is the one to report.
        }
    }

    @Override
    public synchronized void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            if (channel.isOpen()) {
                channel.truncate(0);
                lock.release();
                channel.close();
            }
        } catch (IOException e) {
            throw new WorkspaceException("Could not release the lock of the workspace " + directory, e);
        } finally {
            HELD_IN_THIS_PROCESS.remove(key);
        }
    }
}
