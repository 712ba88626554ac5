package id.hotline.ops;

import id.hotline.domain.Channel;
import id.hotline.domain.Conversation;
import id.hotline.domain.Direction;
import id.hotline.domain.Lang;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Priority;
import id.hotline.domain.Risk;
import id.hotline.domain.StoredMessage;
import id.hotline.domain.Suggestion;
import id.hotline.store.sqlite.Database;
import id.hotline.store.sqlite.SqliteCaseStore;
import id.hotline.store.sqlite.SqliteConversationStore;
import id.hotline.testing.FileBytes;
import id.hotline.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionTest {
    @TempDir
    Path dir;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private Path file;
    private Database db;
    private SqliteConversationStore conversations;
    private SqliteCaseStore cases;
    private Retention retention;

    @BeforeEach
    void open() {
        file = dir.resolve("hotline.db");
        db = Database.open(file);
        conversations = new SqliteConversationStore(db);
        cases = new SqliteCaseStore(db);
        retention = new Retention(db, clock, 180, 30);
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        db.close();
    }

    @Test
    void anonymises_a_closed_case_after_the_period_keeping_intent_risk_and_time() throws Exception {
        Conversation conv = conversations.findOrCreate(Channel.TELEGRAM, "555123777", clock.instant());
        conversations.resumeCode(conv.id(), () -> "RETIRE42");
        long in = say(conv, "CLOSEDCASE-SECRET paspor saya ditahan majikan");
        conversations.annotate(in, "passport_held", 0.91, Risk.ESCALATE, List.of("document_retention"));
        conversations.append(new StoredMessage(0, conv.id(), Direction.OUT, "bot", MessageKind.TEXT, "Kami bantu.", null, null,
                null, List.of(), clock.instant(), List.of(new Suggestion("passport_held", "CASEBUTTON-LABEL paspor ditahan"))));
        long caseId = cases.openOrUpdate(conv.id(), Priority.ESCALATE, List.of("document_retention"), Channel.TELEGRAM,
                Lang.ID, in, clock.instant()).helpCase().id();
        db.write(c -> {
            try (var s = c.createStatement()) {
                return s.executeUpdate("INSERT INTO case_notes (case_id, author, text, created_at) VALUES (" + caseId
                        + ", 'siti', 'NOTE-SECRET she lives at Jalan Mawar 5', '2026-01-01T00:00:00Z')");
            }
        });
        cases.close(caseId, "referred", clock.instant());

        clock.advance(Duration.ofDays(179));
        assertThat(retention.run().anonymisedMessages()).isZero();
        clock.advance(Duration.ofDays(2));
        Retention.Result r = retention.run();

        assertThat(r.anonymisedMessages()).as("the message, the bot's reply and the counselor's note").isEqualTo(3);
        assertThat(r.pseudonymisedConversations()).isEqualTo(1);
        StoredMessage kept = conversations.messages(conv.id(), 0, 10).get(0);
        assertThat(kept.text()).isEqualTo(Retention.MARKER);
        assertThat(kept.intent()).isEqualTo("passport_held");
        assertThat(kept.risk()).isEqualTo(Risk.ESCALATE);
        assertThat(kept.indicators()).containsExactly("document_retention");
        assertThat(kept.at()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(conversations.messages(conv.id(), 0, 10).get(1).buttons()).as("the buttons offered go too").isEmpty();
        assertThat(conversations.find(Channel.TELEGRAM, "555123777")).isEmpty();
        assertThat(conversations.findByResumeCode("RETIRE42")).as("no way back to a retired conversation").isEmpty();
        assertThat(FileBytes.filesContaining(file, "CLOSEDCASE-SECRET")).isEmpty();
        assertThat(FileBytes.filesContaining(file, "NOTE-SECRET")).isEmpty();
        assertThat(FileBytes.filesContaining(file, "CASEBUTTON-LABEL")).isEmpty();
        assertThat(FileBytes.filesContaining(file, "555123777")).isEmpty();
    }

    @Test
    void keeps_messages_of_a_live_case_however_old() {
        Conversation conv = conversations.findOrCreate(Channel.WEB, "live-case-1", clock.instant());
        long in = say(conv, "still being helped");
        cases.openOrUpdate(conv.id(), Priority.REQUEST, List.of(), Channel.WEB, Lang.ID, in, clock.instant());
        clock.advance(Duration.ofDays(400));

        Retention.Result r = retention.run();

        assertThat(r.anonymisedMessages()).isZero();
        assertThat(r.deletedConversations()).isZero();
        assertThat(conversations.messages(conv.id(), 0, 10)).extracting(StoredMessage::text).containsExactly("still being helped");
    }

    @Test
    void deletes_a_bot_only_conversation_idle_for_the_period_and_leaves_no_bytes_of_it() throws Exception {
        Conversation idle = conversations.findOrCreate(Channel.WEB, "idle-person-1", clock.instant());
        say(idle, "BOTONLY-SECRET gaji saya belum dibayar");
        clock.advance(Duration.ofDays(20));
        Conversation recent = conversations.findOrCreate(Channel.WEB, "recent-person", clock.instant());
        say(recent, "RECENT-TEXT halo");
        clock.advance(Duration.ofDays(11));

        Retention.Result r = retention.run();

        assertThat(r.deletedConversations()).isEqualTo(1);
        assertThat(r.affectedConversations()).containsExactly(idle.id());
        assertThat(conversations.find(idle.id())).isEmpty();
        assertThat(conversations.find(recent.id())).isPresent();
        assertThat(FileBytes.filesContaining(file, "BOTONLY-SECRET")).isEmpty();
        assertThat(FileBytes.filesContaining(file, "RECENT-TEXT")).isNotEmpty();
    }

    @Test
    void deleting_a_conversation_on_request_leaves_no_bytes_of_its_text() throws Exception {
        Conversation conv = conversations.findOrCreate(Channel.WEB, "hapus-person-1", clock.instant());
        for (int i = 0; i < 50; i++) {
            say(conv, "HAPUS-SECRET-" + i + " " + "nomor paspor saya ".repeat(20));
        }
        Conversation other = conversations.findOrCreate(Channel.WEB, "other-person", clock.instant());
        say(other, "OTHER-TEXT");
        assertThat(FileBytes.filesContaining(file, "HAPUS-SECRET-7")).isNotEmpty();

        conversations.delete(conv.id());

        assertThat(FileBytes.filesContaining(file, "HAPUS-SECRET")).isEmpty();
        assertThat(FileBytes.filesContaining(file, "hapus-person-1")).isEmpty();
        assertThat(conversations.messages(other.id(), 0, 10)).extracting(StoredMessage::text).containsExactly("OTHER-TEXT");
    }

    private long say(Conversation conv, String text) {
        return conversations.append(new StoredMessage(0, conv.id(), Direction.IN, "user", MessageKind.TEXT, text, null, null,
                null, List.of(), clock.instant()));
    }
}
