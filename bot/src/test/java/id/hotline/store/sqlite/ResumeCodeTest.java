package id.hotline.store.sqlite;

import id.hotline.domain.Channel;
import id.hotline.domain.Conversation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResumeCodeTest {
    @TempDir
    Path dir;
    private Database db;
    private SqliteConversationStore conversations;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("hotline.db"));
        conversations = new SqliteConversationStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_conversation_keeps_its_first_code_and_is_found_by_it_until_it_is_deleted() {
        Conversation a = conversations.findOrCreate(Channel.WEB, "session-aaaa", Instant.now());
        assertThat(conversations.resumeCode(a.id(), () -> "AAAA2222")).isEqualTo("AAAA2222");
        assertThat(conversations.resumeCode(a.id(), () -> "BBBB3333")).as("given once").isEqualTo("AAAA2222");
        assertThat(conversations.findByResumeCode("AAAA2222")).map(Conversation::userRef).contains("session-aaaa");
        assertThat(conversations.findByResumeCode("BBBB3333")).isEmpty();
        conversations.delete(a.id());
        assertThat(conversations.findByResumeCode("AAAA2222")).isEmpty();
    }

    @Test
    void a_code_already_given_is_never_given_twice() {
        Conversation a = conversations.findOrCreate(Channel.WEB, "session-aaaa", Instant.now());
        Conversation b = conversations.findOrCreate(Channel.WEB, "session-bbbb", Instant.now());
        conversations.resumeCode(a.id(), () -> "AAAA2222");
        Iterator<String> tries = List.of("AAAA2222", "CCCC4444").iterator();
        assertThat(conversations.resumeCode(b.id(), tries::next)).isEqualTo("CCCC4444");
        assertThat(conversations.findByResumeCode("AAAA2222")).map(Conversation::id).contains(a.id());
        // a conversation that is gone gets no code
        assertThatThrownBy(() -> conversations.resumeCode(999, () -> "DDDD5555")).hasMessageContaining("no resume code");
    }
}
