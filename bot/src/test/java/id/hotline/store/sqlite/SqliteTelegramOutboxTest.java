package id.hotline.store.sqlite;

import id.hotline.domain.MessageKind;
import id.hotline.store.TelegramInbox;
import id.hotline.store.TelegramOutbox.Item;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteTelegramOutboxTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    @TempDir
    Path dir;
    private Database db;
    private SqliteTelegramInbox inbox;
    private SqliteTelegramOutbox outbox;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("t.db"));
        inbox = new SqliteTelegramInbox(db);
        outbox = new SqliteTelegramOutbox(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static TelegramInbox.Entry entry(long updateId, String chat) {
        return new TelegramInbox.Entry(updateId, chat, 7, true, MessageKind.TEXT, "halo", null, NOW, 0);
    }

    @Test
    void an_update_is_stored_once_and_the_high_water_mark_includes_skipped_ones() {
        assertThat(inbox.receive(List.of(entry(10, "1")), List.of(11L), NOW)).isEqualTo(1);
        assertThat(inbox.receive(List.of(entry(10, "1")), List.of(11L), NOW)).isZero();
        assertThat(inbox.pending(10)).extracting(TelegramInbox.Entry::updateId).containsExactly(10L);
        assertThat(inbox.highWater()).isEqualTo(11);
    }

    @Test
    void completing_an_update_twice_enqueues_its_replies_once_and_clears_the_text() {
        inbox.receive(List.of(entry(10, "1")), List.of(), NOW);
        List<Item> reply = List.of(Item.send("1", "satu", List.of(), false), Item.send("1", "dua", List.of(), false));
        outbox.complete(10, reply, NOW);
        outbox.complete(10, reply, NOW);
        assertThat(inbox.pending(10)).isEmpty();
        assertThat(outbox.due(NOW, 10)).hasSize(1);
        assertThat(outbox.due(NOW, 10).get(0).item().text()).isEqualTo("satu");
    }

    @Test
    void a_chats_rows_leave_in_order_one_at_a_time_and_other_chats_in_parallel() {
        outbox.enqueue("a", List.of(Item.send("1", "satu", List.of(), false), Item.send("1", "dua", List.of(), false)), NOW);
        outbox.enqueue("b", List.of(Item.send("2", "lain", List.of(), false)), NOW);
        var due = outbox.due(NOW, 10);
        assertThat(due).extracting(r -> r.item().text()).containsExactly("satu", "lain");
        outbox.retryAt(due.get(0).id(), NOW.plusSeconds(5));
        assertThat(outbox.due(NOW, 10)).extracting(r -> r.item().text()).containsExactly("lain");
        assertThat(outbox.sent(due.get(0).id(), 500, NOW)).isTrue();
        assertThat(outbox.due(NOW, 10)).extracting(r -> r.item().text()).containsExactly("dua", "lain");
        assertThat(outbox.sentMessageIds("1", NOW.minusSeconds(60))).containsExactly(500);
    }

    @Test
    void a_row_cancelled_while_on_its_way_reports_it_when_marked_sent() {
        outbox.enqueue("a", List.of(Item.send("1", "rahasia", List.of(), true)), NOW);
        long id = outbox.due(NOW, 1).get(0).id();
        assertThat(outbox.cancelPending("1")).isEqualTo(1);
        assertThat(outbox.sent(id, 900, NOW)).isFalse();
        assertThat(outbox.sentMessageIds("1", NOW.minusSeconds(1))).containsExactly(900);
    }

    @Test
    void a_row_read_before_it_was_sent_is_no_longer_pending() {
        outbox.enqueue("a", List.of(Item.send("1", "satu", List.of(), false)), NOW);
        long id = outbox.due(NOW, 1).get(0).id();
        assertThat(outbox.isPending(id)).isTrue();
        outbox.sent(id, 1, NOW);
        assertThat(outbox.isPending(id)).isFalse();
    }

    @Test
    void the_backlog_counts_rows_still_waiting_including_retries_but_not_sent_failed_or_cancelled_ones() {
        outbox.enqueue("a", List.of(Item.send("1", "satu", List.of(), false), Item.send("1", "dua", List.of(), false)), NOW);
        outbox.enqueue("b", List.of(Item.send("2", "lain", List.of(), false)), NOW);
        outbox.enqueue("c", List.of(Item.send("3", "tiga", List.of(), false)), NOW);
        assertThat(outbox.backlog()).isEqualTo(4);
        var due = outbox.due(NOW, 10);
        outbox.sent(due.get(0).id(), 1, NOW);
        outbox.retryAt(due.get(1).id(), NOW.plusSeconds(30));
        outbox.failed(due.get(2).id(), NOW);
        assertThat(outbox.backlog()).isEqualTo(2);
        outbox.cancelPending("1");
        assertThat(outbox.backlog()).isEqualTo(1);
    }
}
