package id.hotline.it.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.Hotline;
import id.hotline.config.Config;
import id.hotline.it.support.Scratch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The per-person rate limit on Telegram: a flood gets one notice, a case still gets every message, quick exit works. */
@Timeout(60)
class TelegramRateLimitIT {
    private static final String TOKEN = "123456:TEST-token_rate";
    private static FakeBotApi fake;
    private static Hotline hotline;
    private static Path db;

    @BeforeAll
    static void start() throws Exception {
        fake = FakeBotApi.start(TOKEN);
        db = Scratch.dir("telegram-rate-it").resolve("h.db");
        hotline = Hotline.start(Config.forTests(db, Path.of(System.getProperty("hotline.kb")), Map.of(
                "TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", fake.url(), "HOTLINE_RATE_LIMIT_PER_MINUTE", "3")));
    }

    @AfterAll
    static void stop() {
        hotline.close();
        fake.close();
    }

    /** Pushes the texts one after another, each after the previous one was answered or skipped. */
    private static void push(long chat, String... texts) throws Exception {
        for (String t : texts) {
            long id = fake.push(Updates.text(chat, t));
            long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (Db.count(db, "SELECT COUNT(*) FROM telegram_updates WHERE update_id = ? AND processed_at IS NOT NULL", id) == 0
                    && System.nanoTime() < end) {
                Thread.sleep(10);
            }
        }
    }

    private static List<String> visible(long chat) {
        return fake.sent(Long.toString(chat)).stream().map(c -> c.params().path("_visible").asText()).toList();
    }

    @Test
    void a_flood_gets_its_answers_up_to_the_limit_then_one_notice_and_the_quick_exit_still_works() throws Exception {
        long chat = 52_001;
        push(chat, "apa itu atensi", "siapa yang bisa dapat atensi", "cara daftar atensi", "halo", "halo lagi", "tes");
        fake.awaitSent(Long.toString(chat), 4, Duration.ofSeconds(10));
        Thread.sleep(2000); // replies to one chat go out about one a second: time for a wrong extra one to show
        List<String> replies = visible(chat);
        assertThat(replies).hasSize(4);
        assertThat(replies.get(3)).contains("Tunggu sebentar");
        long stored = Db.count(db, "SELECT COUNT(*) FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                + "WHERE c.user_ref = ? AND m.direction = 'in'", Long.toString(chat));
        assertThat(stored).as("messages over the limit are not kept without a case").isEqualTo(3);

        push(chat, "/keluar");
        List<FakeBotApi.Call> sent = fake.awaitSent(Long.toString(chat), 5, Duration.ofSeconds(5));
        assertThat(sent).hasSize(5);
        JsonNode bye = sent.get(4).params();
        assertThat(bye.path("_visible").asText()).isEqualTo("Terima kasih.");
    }

    @Test
    void in_an_open_case_a_message_over_the_limit_is_kept_for_the_counselor() throws Exception {
        long chat = 52_002;
        push(chat, "tolong paspor saya ditahan majikan, saya dikunci di rumah", "saya takut", "tolong cepat",
                "alamat saya jalan mawar 5 kuala lumpur");
        assertThat(Db.count(db, "SELECT COUNT(*) FROM cases k JOIN conversations c ON c.id = k.conversation_id "
                + "WHERE c.user_ref = ?", Long.toString(chat))).isEqualTo(1);
        assertThat(Db.column(db, "SELECT m.text FROM messages m JOIN conversations c ON c.id = m.conversation_id "
                + "WHERE c.user_ref = ? AND m.direction = 'in'", Long.toString(chat)))
                .contains("alamat saya jalan mawar 5 kuala lumpur");
        fake.awaitSent(Long.toString(chat), 4, Duration.ofSeconds(10));
        assertThat(visible(chat)).hasSize(4).last().asString().contains("sudah kami simpan");
    }
}
