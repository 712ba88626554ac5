package id.hotline.ops;

import id.hotline.store.DatabasePath;
import id.hotline.store.StoreException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive OS lock on {@code <db>.lock}, held while the service runs, so a second service or a restore
 * cannot take over a database in use. The OS drops it when the process dies, even after kill -9.
 */
public final class ServiceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private ServiceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    public static Path lockFile(Path db) {
        return db.resolveSibling(db.getFileName() + ".lock");
    }

    /** The lock, or empty when another process (or this one) holds it. */
    public static Optional<ServiceLock> tryAcquire(Path db) {
        Path file = lockFile(db.toAbsolutePath());
        DatabasePath.prepare(db); // a folder given as the database leaves no empty <folder>.lock beside it
        try {
            FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock l = ch.tryLock();
                if (l != null) {
                    return Optional.of(new ServiceLock(ch, l));
                }
            } catch (OverlappingFileLockException e) {
                // held by this JVM
            }
            ch.close();
            return Optional.empty();
        } catch (IOException e) {
            throw DatabasePath.unusable(db, "cannot create the lock file " + file.getFileName(), e);
        }
    }

    /** The lock, or a StoreException "&lt;db&gt;: in use by another running hotline". */
    public static ServiceLock acquire(Path db) {
        return tryAcquire(db).orElseThrow(() -> new StoreException(db + ": in use by another running hotline (lock file "
                + lockFile(db).getFileName() + ")", null));
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new StoreException("cannot release " + channel + ": " + e.getMessage(), e);
        }
    }
}
