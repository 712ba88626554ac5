package id.hotline.ops;

import id.hotline.domain.Channel;
import id.hotline.domain.Direction;
import id.hotline.domain.MessageKind;
import id.hotline.domain.StoredMessage;
import id.hotline.store.StoreException;
import id.hotline.store.sqlite.Database;
import id.hotline.store.sqlite.SqliteConversationStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackupRestoreTest {
    @TempDir
    Path dir;

    @Test
    void backup_taken_under_concurrent_writes_restores_every_message_written_before_it() throws Exception {
        Path live = dir.resolve("live.db");
        Set<String> beforeBackup = ConcurrentHashMap.newKeySet();
        Set<String> all = ConcurrentHashMap.newKeySet();
        Backup.Result result;
        try (Database db = Database.open(live)) {
            var store = new SqliteConversationStore(db);
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch warm = new CountDownLatch(4);
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 4; w++) {
                int writer = w;
                Thread t = new Thread(() -> {
                    var conv = store.findOrCreate(Channel.WEB, "writer-" + writer, Instant.now());
                    for (int n = 0; !stop.get() && n < 20_000; n++) {
                        String text = "w" + writer + "-m" + n;
                        store.append(new StoredMessage(0, conv.id(), Direction.IN, "user", MessageKind.TEXT, text, null,
                                null, null, List.of(), Instant.now()));
                        all.add(text);
                        if (n == 50) {
                            warm.countDown();
                        }
                    }
                });
                t.start();
                writers.add(t);
            }
            warm.await();
            beforeBackup.addAll(all); // acknowledged before the backup starts
            result = Backup.run(live, dir.resolve("copy.db"));
            Thread.sleep(50); // keep writing after the backup
            stop.set(true);
            for (Thread t : writers) {
                t.join(30_000);
            }
        }
        Path restored = dir.resolve("restored").resolve("hotline.db");
        Restore.Result r = Restore.run(result.file(), restored, false, Clock.systemUTC());

        Set<String> texts = texts(restored);
        assertThat(texts).containsAll(beforeBackup);
        assertThat(all).containsAll(texts);
        assertThat(texts.size()).isLessThan(all.size());
        assertThat(r.rows().get("messages")).isEqualTo(texts.size());
        assertThat(r.rows().get("conversations")).isEqualTo(4);
        assertThat(r.schemaVersion()).isEqualTo(result.schemaVersion());
        try (Database reopened = Database.open(restored)) {
            assertThat(new SqliteConversationStore(reopened).find(Channel.WEB, "writer-0")).isPresent();
        }
    }

    @Test
    void restore_refuses_a_file_that_fails_the_integrity_check_and_changes_nothing() throws Exception {
        Path live = dir.resolve("live.db");
        try (Database db = Database.open(live)) {
            var store = new SqliteConversationStore(db);
            var conv = store.findOrCreate(Channel.WEB, "someone-1", Instant.now());
            for (int i = 0; i < 500; i++) {
                store.append(new StoredMessage(0, conv.id(), Direction.IN, "user", MessageKind.TEXT, "x".repeat(200) + i,
                        null, null, null, List.of(), Instant.now()));
            }
        }
        Path backup = Backup.run(live, dir.resolve("b.db")).file();
        byte[] bytes = Files.readAllBytes(backup);
        for (int i = 4096 * 3; i < bytes.length; i += 97) {
            bytes[i] = (byte) (bytes[i] ^ 0x5a);
        }
        Path damaged = dir.resolve("damaged.db");
        Files.write(damaged, bytes);
        byte[] liveBefore = Files.readAllBytes(live);

        assertThatThrownBy(() -> Restore.run(damaged, live, true, Clock.systemUTC())).isInstanceOf(StoreException.class)
                .hasMessageContaining("restore");
        assertThat(Files.readAllBytes(live)).isEqualTo(liveBefore);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("restoring"));
    }

    @Test
    void restore_refuses_a_database_held_by_a_running_service() throws Exception {
        Path live = dir.resolve("live.db");
        Database.open(live).close();
        Path backup = Backup.run(live, dir.resolve("b.db")).file();
        try (ServiceLock running = ServiceLock.acquire(live)) {
            assertThatThrownBy(() -> Restore.run(backup, live, true, Clock.systemUTC()))
                    .hasMessageContaining("running hotline");
        }
        Restore.Result r = Restore.run(backup, live, true, Clock.systemUTC());
        assertThat(r.previous()).hasValueSatisfying(p -> assertThat(p).exists());
    }

    @Test
    void restore_refuses_a_backup_from_a_newer_schema() throws Exception {
        Path live = dir.resolve("live.db");
        Database.open(live).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + live)) {
            c.createStatement().execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, "
                    + "script, checksum, installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', "
                    + "'V99__future.sql', 1, 'test', 1, 1)");
        }
        assertThatThrownBy(() -> Restore.run(live, dir.resolve("new.db"), false, Clock.systemUTC()))
                .hasMessageContaining("newer than this release");
        assertThat(dir.resolve("new.db")).doesNotExist();
    }

    @Test
    void backup_never_overwrites_an_existing_file() throws Exception {
        Path live = dir.resolve("live.db");
        Database.open(live).close();
        Files.writeString(dir.resolve("old.db"), "keep me");
        assertThatThrownBy(() -> Backup.run(live, dir.resolve("old.db"))).hasMessageContaining("already exists");
        assertThat(Files.readString(dir.resolve("old.db"))).isEqualTo("keep me");
    }

    private static Set<String> texts(Path db) throws SQLException {
        Set<String> out = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
             ResultSet rs = c.createStatement().executeQuery("SELECT text FROM messages")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
