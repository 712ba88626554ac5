package id.hotline.store.sqlite;

import id.hotline.dialog.Turn;
import id.hotline.domain.Channel;
import id.hotline.domain.InboundMessage;
import id.hotline.domain.MessageKind;
import id.hotline.domain.Suggestion;
import id.hotline.testing.EngineFixture;
import id.hotline.testing.ScriptedNlu;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 👍/👎 through the engine's "/nilai" command into the feedback table. */
class SqliteFeedbackStoreTest {
    @TempDir
    Path dir;

    private static Turn say(EngineFixture f, String user, MessageKind kind, String text) {
        return f.engine.handle(new InboundMessage(Channel.WEB, user, kind, text, null, Instant.now()));
    }

    private static List<String> rows(EngineFixture f) {
        return f.db.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT message_id, intent, helpful FROM feedback ORDER BY id")) {
                while (rs.next()) {
                    out.add(rs.getObject(1) + " " + rs.getString(2) + " " + rs.getInt(3));
                }
            }
            return out;
        });
    }

    @Test
    void a_vote_on_an_answer_is_stored_with_its_intent_and_the_latest_vote_counts() {
        try (EngineFixture f = new EngineFixture(dir, new ScriptedNlu(), true)) {
            Turn answer = say(f, "u1", MessageKind.BUTTON, "premig.costs");
            assertThat(answer.rateable()).isTrue();
            Turn thanks = say(f, "u1", MessageKind.BUTTON, "/nilai " + answer.outboundId() + " 1");
            assertThat(thanks.reply().orElseThrow().text()).isEqualTo("Terima kasih atas masukannya.");
            assertThat(thanks.reply().orElseThrow().suggestions()).extracting(Suggestion::label).containsExactly("Menu utama");
            assertThat(thanks.rateable()).isFalse();
            say(f, "u1", MessageKind.BUTTON, "/nilai " + answer.outboundId() + " 0");
            assertThat(rows(f)).containsExactly(answer.outboundId() + " premig.costs 0");
        }
    }

    @Test
    void votes_on_another_conversation_or_on_a_non_answer_are_not_stored() {
        try (EngineFixture f = new EngineFixture(dir, new ScriptedNlu(), true)) {
            Turn answer = say(f, "u1", MessageKind.BUTTON, "premig.costs");
            Turn clarify = say(f, "u1", MessageKind.TEXT, "sesuatu yang tidak jelas");
            assertThat(clarify.rateable()).isFalse();
            Turn stranger = say(f, "u2", MessageKind.BUTTON, "/nilai " + answer.outboundId() + " 1");
            assertThat(stranger.reply().orElseThrow().text()).doesNotContain("Terima kasih atas masukannya");
            say(f, "u1", MessageKind.BUTTON, "/nilai " + clarify.outboundId() + " 1");
            say(f, "u1", MessageKind.BUTTON, "/nilai " + answer.outboundId() + " 5");
            say(f, "u1", MessageKind.BUTTON, "/nilai abc 1");
            assertThat(rows(f)).isEmpty();
        }
    }

    @Test
    void the_vote_outlives_the_deleted_conversation_without_its_link() {
        try (EngineFixture f = new EngineFixture(dir, new ScriptedNlu(), true)) {
            Turn answer = say(f, "u1", MessageKind.BUTTON, "premig.costs");
            say(f, "u1", MessageKind.BUTTON, "/nilai " + answer.outboundId() + " 1");
            f.conversations.delete(answer.conversationId());
            assertThat(rows(f)).containsExactly("null premig.costs 1");
        }
    }
}
