package id.hotline.store.sqlite;

import id.hotline.domain.Channel;
import id.hotline.domain.Lang;
import id.hotline.domain.SessionState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Session state survives a restart, including states saved by an older version. */
class CachedSessionStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-25T03:00:00Z");

    @TempDir
    Path dir;

    @Test
    void a_state_is_read_back_after_a_restart_with_its_topic_and_time() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            long conv = new SqliteConversationStore(db).findOrCreate(Channel.WEB, "u1", NOW).id();
            SessionState state = SessionState.NEW.chosenLang(Lang.EN).abroadNow().answered("atensi.about", NOW);
            new CachedSessionStore(db).save(conv, state);

            SessionState read = new CachedSessionStore(db).load(conv);
            assertThat(read).isEqualTo(state);
            assertThat(read.recentTopic(NOW.plusSeconds(60), Duration.ofMinutes(10))).hasValue("atensi.about");
        }
    }

    @Test
    void a_state_saved_before_topics_had_a_time_keeps_its_language_and_carries_no_topic_over() {
        try (Database db = Database.open(dir.resolve("s.db"))) {
            long conv = new SqliteConversationStore(db).findOrCreate(Channel.WEB, "u1", NOW).id();
            String old = "{\"lang\":\"EN\",\"lastIntent\":\"atensi.about\",\"misses\":0,\"pendingChoices\":[],"
                    + "\"awaiting\":null,\"greeted\":true,\"langChosen\":true}";
            db.write(c -> Rows.update(c, "INSERT INTO sessions (conversation_id, state, updated_at) VALUES (?, ?, ?)",
                    conv, old, NOW));

            SessionState read = new CachedSessionStore(db).load(conv);
            assertThat(read).isEqualTo(new SessionState(Lang.EN, "atensi.about", 0, List.of(), null, true, true, 0, false));
            assertThat(read.recentTopic(NOW, Duration.ofMinutes(10))).isEmpty();
        }
    }
}
