package id.hotline.it.telegram;

import id.hotline.it.support.Scratch;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import id.hotline.Hotline;
import id.hotline.config.Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The real service in long-polling mode against the fake Bot API: conversation, update kinds, faults. */
class TelegramIT {
    static final String TOKEN = "123456:TEST-token_abc";
    static final String COUNSELOR_CHAT = "-1009999";
    private static final AtomicLong CHATS = new AtomicLong(41_000);
    private static FakeBotApi fake;
    private static Hotline hotline;
    private static Path db;

    @BeforeAll
    static void start() throws Exception {
        fake = FakeBotApi.start(TOKEN);
        Path dir = Scratch.dir("telegram-it");
        db = dir.resolve("h.db");
        hotline = Hotline.start(Config.forTests(db, Path.of(System.getProperty("hotline.kb")), Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", fake.url(), "HOTLINE_COUNSELOR_CHAT_ID", COUNSELOR_CHAT,
                "HOTLINE_PUBLIC_URL", "https://hotline.example.org")));
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (fake.calls("getUpdates").isEmpty() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(fake.calls("getUpdates")).as("the bot starts long polling").isNotEmpty();
    }

    @AfterAll
    static void stop() {
        hotline.close();
        fake.close();
    }

    static long newChat() {
        return CHATS.incrementAndGet();
    }

    /** Pushes an update and waits for the next accepted reply in that chat; asserts it came within the limit. */
    static JsonNode exchange(long chat, ObjectNode update, Duration within) throws Exception {
        int before = fake.sent(Long.toString(chat)).size();
        long id = fake.push(update);
        List<FakeBotApi.Call> sent = fake.awaitSent(Long.toString(chat), before + 1, Duration.ofSeconds(10));
        assertThat(sent).as("a reply in chat " + chat).hasSizeGreaterThan(before);
        FakeBotApi.Call reply = sent.get(before);
        assertThat(Duration.ofNanos(reply.atNanos() - fake.pushedAtNanos(id))).isLessThan(within);
        return reply.params();
    }

    /** The bot asks for the next batch (whose offset acknowledges this update) just after storing it. */
    static void awaitConfirmed(long updateId) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (fake.confirmedBelow() <= updateId && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        assertThat(fake.confirmedBelow()).as("update " + updateId + " acknowledged").isGreaterThan(updateId);
    }

    static List<String> buttonData(JsonNode sendParams) {
        List<String> out = new ArrayList<>();
        sendParams.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b -> out.add(b.path("callback_data").asText())));
        return out;
    }

    static List<String> buttonLabels(JsonNode sendParams) {
        List<String> out = new ArrayList<>();
        sendParams.path("reply_markup").path("inline_keyboard").forEach(row -> row.forEach(b -> out.add(b.path("text").asText())));
        return out;
    }

    @Test
    void start_greets_with_privacy_notice_and_main_menu_buttons_within_a_second() throws Exception {
        long chat = newChat();
        JsonNode reply = exchange(chat, Updates.text(chat, "/start"), Duration.ofSeconds(1));
        assertThat(reply.path("_visible").asText()).contains("selamat datang").contains("Privasi");
        assertThat(reply.path("parse_mode").asText()).isEqualTo("HTML");
        assertThat(buttonLabels(reply)).containsExactly("Persiapan kerja ke luar negeri", "Masalah di luar negeri",
                "Pulang & reintegrasi", "ATENSI", "Bantuan darurat", "Bicara dengan konselor", "English");
        assertThat(fake.calls("setMyCommands")).isNotEmpty();
        assertThat(fake.calls("setMyCommands").get(0).params().path("commands").toString())
                .contains("\"start\"", "\"menu\"", "\"bantuan\"", "\"konselor\"", "\"bahasa\"", "\"hapus\"", "\"privasi\"");
    }

    @Test
    void a_question_gets_an_answer_within_a_second() throws Exception {
        long chat = newChat();
        JsonNode reply = exchange(chat, Updates.text(chat, "gimana cara dapat atensi?"), Duration.ofSeconds(1));
        assertThat(reply.path("_visible").asText()).contains("Dinas Sosial").contains("ATENSI");
    }

    @Test
    void button_press_is_answered_and_continues_the_conversation_within_a_second() throws Exception {
        long chat = newChat();
        JsonNode menu = exchange(chat, Updates.text(chat, "/menu"), Duration.ofSeconds(1));
        assertThat(buttonData(menu)).contains("/topik atensi");
        ObjectNode press = Updates.button(chat, menu.path("_message_id").asInt(), "/topik atensi");
        JsonNode topics = exchange(chat, press, Duration.ofSeconds(1));
        assertThat(buttonData(topics)).contains("atensi.about");
        assertThat(fake.calls("answerCallbackQuery")).anyMatch(c -> c.params().path("callback_query_id").asText()
                .equals(press.path("callback_query").path("id").asText()));
        JsonNode answer = exchange(chat, Updates.button(chat, topics.path("_message_id").asInt(), "atensi.about"), Duration.ofSeconds(1));
        assertThat(answer.path("_visible").asText()).contains("ATENSI");
    }

    @Test
    void the_english_button_in_the_menu_switches_the_next_answer_to_english() throws Exception {
        long chat = newChat();
        JsonNode start = exchange(chat, Updates.text(chat, "/start"), Duration.ofSeconds(1));
        assertThat(buttonData(start)).contains("/bahasa en");
        JsonNode switched = exchange(chat, Updates.button(chat, start.path("_message_id").asInt(), "/bahasa en"),
                Duration.ofSeconds(1));
        assertThat(switched.path("_visible").asText()).isEqualTo("OK, I will answer in English.");
        assertThat(buttonLabels(switched)).contains("Main menu");
        JsonNode answer = exchange(chat, Updates.text(chat, "gimana cara dapat atensi?"), Duration.ofSeconds(1));
        assertThat(answer.path("_visible").asText()).contains("How to get ATENSI").contains("Dinas Sosial");
    }

    @Test
    void photo_voice_and_sticker_get_a_polite_text_reply() throws Exception {
        long chat = newChat();
        JsonNode photo = exchange(chat, Updates.photo(chat), Duration.ofSeconds(2));
        assertThat(photo.path("_visible").asText()).contains("hanya bisa membaca tulisan");
        assertThat(buttonData(photo)).contains("/konselor");
        JsonNode voice = exchange(chat, Updates.voice(chat), Duration.ofSeconds(2));
        assertThat(voice.path("_visible").asText()).contains("hanya bisa membaca tulisan");
        JsonNode sticker = exchange(chat, Updates.sticker(chat), Duration.ofSeconds(2));
        assertThat(sticker.path("_visible").asText()).contains("Silakan tulis pertanyaan");
    }

    @Test
    void edited_message_is_answered_as_new_and_the_original_text_is_kept() throws Exception {
        long chat = newChat();
        ObjectNode original = Updates.text(chat, "/bahasa");
        exchange(chat, original, Duration.ofSeconds(2));
        int messageId = original.path("message").path("message_id").asInt();
        JsonNode reply = exchange(chat, Updates.edited(chat, messageId, "/menu"), Duration.ofSeconds(2));
        assertThat(buttonData(reply)).contains("/topik atensi");
        assertThat(Db.column(db, "SELECT m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                + "WHERE c.user_ref = ? AND m.direction = 'in' ORDER BY m.id", Long.toString(chat))).containsExactly("/bahasa", "/menu");
        assertThat(Db.column(db, "SELECT m.kind FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                + "WHERE c.user_ref = ? AND m.direction = 'in' ORDER BY m.id", Long.toString(chat))).containsExactly("COMMAND", "EDITED_TEXT");
    }

    @Test
    void location_is_acknowledged_but_not_stored_without_a_case_and_contacts_are_never_stored() throws Exception {
        long chat = newChat();
        JsonNode loc = exchange(chat, Updates.location(chat, -6.2, 106.8), Duration.ofSeconds(2));
        assertThat(loc.path("_visible").asText()).contains("lokasi");
        JsonNode contact = exchange(chat, Updates.contact(chat), Duration.ofSeconds(2));
        assertThat(contact.path("_visible").asText()).contains("tidak menyimpan kontak");
        List<String> stored = Db.column(db, "SELECT m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                + "WHERE c.user_ref = ? AND m.direction = 'in'", Long.toString(chat));
        assertThat(stored).containsExactly("", "");
        assertThat(Db.count(db, "SELECT COUNT(*) FROM telegram_updates WHERE chat_id = ? AND text IS NOT NULL AND text <> ''",
                Long.toString(chat))).isZero();
    }

    @Test
    void group_messages_are_ignored_unless_addressed_to_the_bot() throws Exception {
        long group = -100_000 - newChat();
        long ignored = fake.push(Updates.groupText(group, 5001, "halo semua, ada yang tahu soal atensi?"));
        JsonNode reply = exchange(group, Updates.groupText(group, 5002, "@" + FakeBotApi.BOT_USERNAME + " /menu"), Duration.ofSeconds(2));
        assertThat(buttonData(reply)).contains("/topik atensi");
        assertThat(fake.sent(Long.toString(group))).hasSize(1);
        awaitConfirmed(ignored);
        assertThat(Db.count(db, "SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                + "WHERE c.user_ref = ? AND m.direction = 'in'", Long.toString(group))).isEqualTo(1);
    }

    @Test
    void unknown_update_kinds_are_skipped_and_acknowledged() throws Exception {
        long chat = newChat();
        long id = fake.push(Updates.chatMemberUpdate(chat));
        exchange(chat, Updates.text(chat, "/menu"), Duration.ofSeconds(2));
        awaitConfirmed(id);
        assertThat(fake.sent(Long.toString(chat))).hasSize(1);
        assertThat(Db.column(db, "SELECT status FROM telegram_updates WHERE update_id = ?", id)).containsExactly("skipped");
    }

    @Test
    void a_redelivered_update_gets_no_second_reply() throws Exception {
        long chat = newChat();
        ObjectNode update = Updates.text(chat, "/menu");
        exchange(chat, update, Duration.ofSeconds(2));
        fake.redeliver(update);
        exchange(chat, Updates.text(chat, "/privasi"), Duration.ofSeconds(2));
        Thread.sleep(300);
        assertThat(fake.sent(Long.toString(chat))).hasSize(2);
        assertThat(fake.redelivered()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void injected_429_and_500_delay_but_never_lose_or_duplicate_a_reply() throws Exception {
        long chat = newChat();
        fake.failNextSends(1, 429, 1);
        long t0 = System.nanoTime();
        fake.push(Updates.text(chat, "/menu"));
        List<FakeBotApi.Call> sent = fake.awaitSent(Long.toString(chat), 1, Duration.ofSeconds(10));
        assertThat(sent).hasSize(1);
        assertThat(Duration.ofNanos(sent.get(0).atNanos() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(990));

        long chat2 = newChat();
        fake.failNextSends(2, 500, null);
        fake.push(Updates.text(chat2, "/privasi"));
        assertThat(fake.awaitSent(Long.toString(chat2), 1, Duration.ofSeconds(10))).hasSize(1);
        Thread.sleep(1500);
        assertThat(fake.sent(Long.toString(chat))).hasSize(1);
        assertThat(fake.sent(Long.toString(chat2))).hasSize(1);
        assertThat(fake.calls("sendMessage").stream().filter(c -> c.params().path("chat_id").asText().equals(Long.toString(chat2))))
                .hasSize(3);
    }

    @Test
    void help_contacts_are_protected_and_quick_exit_deletes_the_chat_and_leaves_a_neutral_message() throws Exception {
        long chat = newChat();
        ObjectNode ask = Updates.text(chat, "/bantuan");
        JsonNode help = exchange(chat, ask, Duration.ofSeconds(2));
        assertThat(help.path("protect_content").asBoolean()).isTrue();
        assertThat(buttonData(help)).contains("/keluar");
        JsonNode bye = exchange(chat, Updates.button(chat, help.path("_message_id").asInt(), "/keluar"), Duration.ofSeconds(2));
        assertThat(bye.path("_visible").asText()).isEqualTo("Terima kasih.");
        long end = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        List<String> deleted = List.of();
        while (deleted.size() < 2 && System.nanoTime() < end) {
            Thread.sleep(10);
            deleted = fake.calls("deleteMessage").stream().filter(c -> c.params().path("chat_id").asText()
                    .equals(Long.toString(chat))).map(c -> c.params().path("message_id").asText()).toList();
        }
        assertThat(deleted).contains(help.path("_message_id").asText(), ask.path("message").path("message_id").asText());
    }

    @Test
    void delete_my_data_asks_first_then_removes_stored_data_and_the_bots_messages() throws Exception {
        long chat = newChat();
        JsonNode confirm = exchange(chat, Updates.text(chat, "/hapus"), Duration.ofSeconds(2));
        assertThat(buttonData(confirm)).containsExactly("/hapus ya", "/hapus tidak");
        assertThat(Db.count(db, "SELECT COUNT(*) FROM conversations WHERE user_ref = ?", Long.toString(chat))).isEqualTo(1);
        JsonNode done = exchange(chat, Updates.button(chat, confirm.path("_message_id").asInt(), "/hapus ya"), Duration.ofSeconds(2));
        assertThat(done.path("_visible").asText()).contains("sudah dihapus");
        assertThat(Db.count(db, "SELECT COUNT(*) FROM conversations WHERE user_ref = ?", Long.toString(chat))).isZero();
        assertThat(fake.calls("deleteMessage")).anyMatch(c -> c.params().path("chat_id").asText().equals(Long.toString(chat))
                && c.params().path("message_id").asText().equals(confirm.path("_message_id").asText()));
    }

    @Test
    void counselor_request_is_protected_and_alerts_the_counselor_group_without_the_persons_words() throws Exception {
        long chat = newChat();
        int before = fake.sent(COUNSELOR_CHAT).size();
        JsonNode reply = exchange(chat, Updates.text(chat, "/konselor"), Duration.ofSeconds(2));
        assertThat(reply.path("protect_content").asBoolean()).isTrue();
        List<FakeBotApi.Call> alerts = fake.awaitSent(COUNSELOR_CHAT, before + 1, Duration.ofSeconds(5));
        String alert = alerts.get(alerts.size() - 1).params().path("_visible").asText();
        assertThat(alert).contains("Kasus baru #", "Prioritas: request", "Kanal: telegram",
                "https://hotline.example.org/console/cases/").doesNotContain("Siti").doesNotContain(Long.toString(chat));
        String caseRef = alert.substring(alert.indexOf('#'), alert.indexOf('\n'));

        JsonNode back = exchange(chat, Updates.text(chat, "ga jadi deh, batal aja"), Duration.ofSeconds(2));
        assertThat(back.path("_visible").asText()).contains("sudah dibatalkan");
        List<FakeBotApi.Call> after = fake.awaitSent(COUNSELOR_CHAT, before + 2, Duration.ofSeconds(5));
        assertThat(after.get(after.size() - 1).params().path("_visible").asText()).as("the group is told it was taken back")
                .contains("Permintaan dibatalkan orangnya, kasus " + caseRef + " ditutup").doesNotContain("batal aja");
    }
}
