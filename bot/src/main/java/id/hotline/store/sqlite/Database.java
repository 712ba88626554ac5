package id.hotline.store.sqlite;

import id.hotline.store.DatabasePath;
import id.hotline.store.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The SQLite file: WAL mode, foreign keys on, schema migrated by Flyway on open.
 * One connection, used by one thread at a time: SQLite has a single writer anyway, and this keeps
 * every transaction simple and every write durable before the caller is answered.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final ReentrantLock lock = new ReentrantLock();

    /** Work done with the connection; may throw SQLException. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    public static Database open(Path file) {
        DatabasePath.prepare(file);
        SQLiteDataSource ds = dataSource(file);
        try {
            Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        } catch (FlywayException e) {
            throw new StoreException(file + ": cannot open or migrate: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
        try {
            Connection c = ds.getConnection();
            c.setAutoCommit(true);
            return new Database(file, c);
        } catch (SQLException e) {
            throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setJournalMode(SQLiteConfig.JournalMode.WAL);
        cfg.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        cfg.enforceForeignKeys(true);
        cfg.setBusyTimeout(10_000);
        // Deleted or overwritten text is zeroed on disk instead of lingering in free pages (privacy: /hapus, retention).
        cfg.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        SQLiteDataSource ds = new SQLiteDataSource(cfg);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    public Path file() {
        return file;
    }

    /** Runs work without a transaction (single statements are atomic). */
    public <T> T read(Work<T> work) {
        lock.lock();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StoreException("database read failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /** Runs work in one transaction: all of it is stored, or none. */
    public <T> T write(Work<T> work) {
        lock.lock();
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("database write failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Copies the WAL into the file and truncates it to zero bytes, so rows just deleted (already zeroed by
     * secure_delete) leave no older copy in the -wal file. Returns false when a reader elsewhere kept it from finishing.
     */
    public boolean checkpoint() {
        return read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
                return rs.next() && rs.getInt(1) == 0;
            }
        });
    }

    /** Rebuilds the file without free pages (VACUUM), then {@link #checkpoint()}s. Slow on big files: run it daily. */
    public boolean compact() {
        read(c -> {
            try (var s = c.createStatement()) {
                s.execute("VACUUM");
                return null;
            }
        });
        return checkpoint();
    }

    @Override
    public void close() {
        lock.lock();
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("closing the database failed: " + e.getMessage(), e);
        } finally {
            lock.unlock();
        }
    }
}
