package id.hotline.ops;

import id.hotline.store.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Low-level SQLite file operations shared by backup and restore: open, check integrity, read the schema version. */
final class DatabaseCopy {
    static final List<String> TABLES = List.of("conversations", "messages", "sessions", "cases", "case_triggers");

    private DatabaseCopy() {
    }

    static Connection open(Path file) throws SQLException {
        SQLiteConfig cfg = new SQLiteConfig();
        cfg.setBusyTimeout(30_000);
        SQLiteDataSource ds = new SQLiteDataSource(cfg);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds.getConnection();
    }

    /** Problems found by PRAGMA integrity_check; empty when the file is sound. */
    static List<String> integrityProblems(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
                if (!"ok".equals(rs.getString(1))) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Row counts of the hotline's own tables that exist in the file. */
    static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String table : TABLES) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
                out.put(table, rs.next() ? rs.getLong(1) : 0);
            } catch (SQLException e) {
                // table not in this schema version
            }
        }
        return out;
    }

    /**
     * The schema version of the file; fails when it has no schema history, a failed migration, or migrations
     * this jar does not know (a backup from a newer release).
     */
    static String knownSchemaVersion(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        var info = Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().info();
        MigrationInfo current = info.current();
        if (current == null) {
            throw new StoreException(file + " is not a hotline database (no schema history)", null);
        }
        for (MigrationInfo m : info.all()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                throw new StoreException(file + " has schema version " + m.getVersion()
                        + ", newer than this release knows: install the newer hotline.jar first", null);
            }
            if (m.getState().isFailed()) {
                throw new StoreException(file + " has a failed migration " + m.getVersion() + "; it cannot be restored", null);
            }
        }
        return current.getVersion().getVersion();
    }

    static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new StoreException(what + " " + file + " does not exist", null);
        }
    }
}
