package id.hotline.ops;

import id.hotline.store.StoreException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A consistent copy of the live database, safe while the service runs: {@code VACUUM INTO} reads one snapshot
 * (SQLite's WAL lets the service keep writing meanwhile) and writes a compact file without free pages.
 */
public final class Backup {
    /** What was written. */
    public record Result(Path file, long bytes, String schemaVersion, Map<String, Long> rows) {
    }

    private Backup() {
    }

    public static Result run(Path db, Path target) {
        DatabaseCopy.requireFile(db, "database");
        if (Files.exists(target)) {
            throw new StoreException("backup file " + target + " already exists; choose a new name", null);
        }
        try {
            Path parent = target.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path partial = parent.resolve(target.getFileName() + ".partial");
            Files.deleteIfExists(partial);
            try (Connection c = DatabaseCopy.open(db); PreparedStatement ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, partial.toString());
                ps.execute();
            }
            Map<String, Long> rows;
            try (Connection c = DatabaseCopy.open(partial)) {
                List<String> problems = DatabaseCopy.integrityProblems(c);
                if (!problems.isEmpty()) {
                    throw new StoreException("the backup failed its integrity check: " + problems.get(0), null);
                }
                rows = DatabaseCopy.counts(c);
            }
            String version = DatabaseCopy.knownSchemaVersion(partial);
            Files.move(partial, target);
            return new Result(target, Files.size(target), version, rows);
        } catch (SQLException | IOException e) {
            throw new StoreException("backup of " + db + " failed: " + e.getMessage(), e);
        }
    }
}
