package id.hotline.store.sqlite;

import id.hotline.domain.Channel;
import id.hotline.domain.Conversation;
import id.hotline.domain.Direction;
import id.hotline.domain.HelpCase;
import id.hotline.domain.Lang;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Priority;
import id.hotline.domain.StoredMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IdFloorsTest {
    @TempDir
    Path dir;
    private Database db;
    private SqliteConversationStore conversations;
    private SqliteCaseStore cases;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("hotline.db"));
        conversations = new SqliteConversationStore(db);
        cases = new SqliteCaseStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A person's conversation, one message and a case; the three ids. */
    private long[] personWithACase(String who) {
        Instant now = Instant.now();
        Conversation conv = conversations.findOrCreate(Channel.WEB, who, now);
        long message = conversations.append(new StoredMessage(0, conv.id(), Direction.IN, "user", MessageKind.TEXT,
                "paspor saya ditahan", null, null, null, List.of(), now));
        HelpCase c = cases.openOrUpdate(conv.id(), Priority.ESCALATE, List.of("passport_held"), Channel.WEB, Lang.ID, message,
                now).helpCase();
        return new long[] {conv.id(), message, c.id()};
    }

    @Test
    void the_numbers_of_a_deleted_newest_person_never_go_to_the_next_one() {
        personWithACase("first-person");
        long[] deleted = personWithACase("deleted-person");
        conversations.delete(deleted[0]);
        long[] next = personWithACase("next-person");
        for (int i = 0; i < 3; i++) {
            assertThat(next[i]).as("conversation, message, case").isGreaterThan(deleted[i]);
        }
        assertThat(cases.find(deleted[2])).isEmpty();
    }

    @Test
    void a_returning_person_keeps_their_conversation() {
        long first = conversations.findOrCreate(Channel.WEB, "same-person", Instant.now()).id();
        assertThat(conversations.findOrCreate(Channel.WEB, "same-person", Instant.now()).id()).isEqualTo(first);
    }
}
