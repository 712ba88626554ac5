package id.hotline.ops;

import id.hotline.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a backup in place of the database: checks the copy first (integrity, known schema version), refuses while a
 * service holds the database, and keeps the replaced file aside instead of deleting it.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** What was restored, and where the previous database went (if there was one). */
    public record Result(Path db, String schemaVersion, Map<String, Long> rows, Optional<Path> previous) {
    }

    private Restore() {
    }

    public static Result run(Path backup, Path db, boolean replace, Clock clock) {
        DatabaseCopy.requireFile(backup, "backup file");
        if (Files.exists(db) && !replace) {
            throw new StoreException(db + " exists; stop the service and pass --force to replace it "
                    + "(the current file is kept as " + db.getFileName() + ".before-restore-<time>)", null);
        }
        try (ServiceLock lock = ServiceLock.tryAcquire(db).orElseThrow(() -> new StoreException(
                "a running hotline is using " + db + "; stop it first (systemctl stop hotline)", null))) {
            Path parent = db.toAbsolutePath().getParent();
            Path staged = parent.resolve(db.getFileName() + ".restoring");
            try {
                return replaceWith(staged, backup, db, clock);
            } finally {
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Files.deleteIfExists(companion(staged, suffix));
                }
            }
        } catch (IOException | SQLException e) {
            throw new StoreException("restore into " + db + " failed: " + e.getMessage(), e);
        }
    }

    private static Result replaceWith(Path staged, Path backup, Path db, Clock clock) throws IOException, SQLException {
        Path parent = staged.getParent();
        Files.copy(backup, staged, StandardCopyOption.REPLACE_EXISTING);
        Map<String, Long> rows = check(staged);
        String version = DatabaseCopy.knownSchemaVersion(staged);
        Optional<Path> previous = Optional.empty();
        if (Files.exists(db)) {
            Path aside = parent.resolve(db.getFileName() + ".before-restore-" + STAMP.format(clock.instant()));
            moveWithCompanions(db, aside);
            previous = Optional.of(aside);
        }
        for (String suffix : List.of("-wal", "-shm")) {
            Files.deleteIfExists(companion(staged, suffix));
        }
        Files.move(staged, db, StandardCopyOption.ATOMIC_MOVE);
        return new Result(db, version, rows, previous);
    }

    private static Map<String, Long> check(Path staged) throws SQLException {
        try (Connection c = DatabaseCopy.open(staged)) {
            List<String> problems = DatabaseCopy.integrityProblems(c);
            if (!problems.isEmpty()) {
                throw new StoreException("the backup failed its integrity check (" + problems.size() + " problem(s), first: "
                        + problems.get(0) + "); nothing was changed", null);
            }
            return DatabaseCopy.counts(c);
        }
    }

    /** A WAL left behind by the old database must never be applied to the restored one: it moves along. */
    private static void moveWithCompanions(Path db, Path aside) throws IOException {
        Files.move(db, aside);
        for (String suffix : List.of("-wal", "-shm")) {
            Path c = companion(db, suffix);
            if (Files.exists(c)) {
                Files.move(c, companion(aside, suffix));
            }
        }
    }

    private static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }
}
