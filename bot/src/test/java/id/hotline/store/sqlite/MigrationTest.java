package id.hotline.store.sqlite;

import id.hotline.domain.Channel;
import id.hotline.domain.Direction;
import id.hotline.domain.MessageKind;
import id.hotline.domain.StoredMessage;
import id.hotline.domain.Suggestion;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MigrationTest {
    @TempDir
    Path dir;

    /** A database file as schema {@code version} left it, with these rows. */
    private static Path writtenBy(String version, Path file, String... inserts) throws Exception {
        var ds = Database.dataSource(file);
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target(version).load().migrate();
        try (var c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String sql : inserts) {
                s.executeUpdate(sql);
            }
        }
        return file;
    }

    @Test
    void a_database_written_by_the_first_version_is_migrated_and_keeps_its_data() throws Exception {
        Path file = writtenBy("1", dir.resolve("old.db"), "INSERT INTO conversations (channel, user_ref, created_at, "
                + "last_seen_at) VALUES ('web', 'old-user', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        try (Database db = Database.open(file)) {
            var store = new SqliteConversationStore(db);
            assertThat(store.find(Channel.WEB, "old-user")).isPresent();
            String version = db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(Integer.parseInt(version)).isGreaterThanOrEqualTo(1);
            assertThat(store.findOrCreate(Channel.WEB, "new-user", Instant.now()).id()).isPositive();
        }
    }

    @Test
    void messages_stored_before_buttons_were_kept_read_without_buttons_and_new_ones_keep_theirs() throws Exception {
        Path file = writtenBy("5", dir.resolve("v5.db"), "INSERT INTO conversations (id, channel, user_ref, created_at, "
                + "last_seen_at) VALUES (1, 'web', 'old-user', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')",
                "INSERT INTO messages (conversation_id, direction, author, kind, text, created_at) "
                        + "VALUES (1, 'out', 'bot', 'TEXT', 'Pilih topik:', '2026-01-01T00:00:00Z')");
        try (Database db = Database.open(file)) {
            var store = new SqliteConversationStore(db);
            List<Suggestion> menu = List.of(new Suggestion("/menu", "Menu utama"), new Suggestion("/bahasa en", "English"));
            store.append(new StoredMessage(0, 1, Direction.OUT, "bot", MessageKind.TEXT, "Baik.", null, null, null, List.of(),
                    Instant.parse("2026-01-02T00:00:00Z"), menu));
            assertThat(store.messages(1, 0, 10)).extracting(StoredMessage::buttons).containsExactly(List.of(), menu);
        }
    }

    @Test
    void the_database_runs_in_wal_mode_with_foreign_keys() throws Exception {
        try (Database db = Database.open(dir.resolve("w.db"))) {
            String mode = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            int fk = db.read(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_keys")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(mode).isEqualTo("wal");
            assertThat(fk).isEqualTo(1);
        }
    }
}
