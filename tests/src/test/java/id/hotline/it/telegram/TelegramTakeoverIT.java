package id.hotline.it.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import id.hotline.Hotline;
import id.hotline.it.support.Await;
import id.hotline.it.support.ConsoleAdminApi;
import id.hotline.it.support.Services;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console takeover over Telegram: a person writes to the bot (the fake Bot API delivers the update), the
 * counselor group gets an alert without the person's words, a counselor claims the case through the console API and
 * writes; the message reaches the person's chat, the person's answers reach the console, the bot stays silent, and
 * after the counselor closes the case the person is told and the bot answers again.
 */
@Timeout(120)
class TelegramTakeoverIT {
    static final String TOKEN = "424242:TAKEOVER-token";
    static final String COUNSELOR_CHAT = "-1007777";
    static final String PUBLIC_URL = "https://hotline.example.org";
    static final String ADMIN_PASSWORD = "admin-password-1";
    static final long CHAT = 81_001;
    static final String USER = Long.toString(CHAT);
    /** What the person writes (the issue's own example): the real NLU reads a held passport and confinement. */
    static final String TRIGGER = "tolong, paspor saya ditahan majikan dan saya tidak boleh keluar";
    /** Characters Telegram's HTML parse mode needs escaped, as a counselor may well type them. */
    static final String COUNSELOR_TEXT = "Halo, saya Sari, konselor. Apakah Anda aman sekarang? Jawab <ya> atau <tidak> & lokasi Anda.";
    static final String USER_ANSWER = "Saya aman di kamar. Saya di Kuala Lumpur, paspor masih di majikan.";
    static final String QUESTION = "atensi itu apa?";

    @TempDir
    Path dir;
    FakeBotApi fake;
    Hotline hotline;
    Path db;
    ConsoleAdminApi counselor;

    @BeforeEach
    void start() throws Exception {
        fake = FakeBotApi.start(TOKEN);
        db = dir.resolve("hotline.db");
        hotline = Services.start(db, Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", fake.url(),
                "HOTLINE_COUNSELOR_CHAT_ID", COUNSELOR_CHAT, "HOTLINE_PUBLIC_URL", PUBLIC_URL,
                "HOTLINE_ADMIN_USER", "admin", "HOTLINE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                // counselors are on duty now, whatever the time the test runs: the first reply says they will reply soon
                "HOTLINE_TIMEZONE", noonZone().getId(), "HOTLINE_OFFICE_HOURS", "mon-sun 06:00-18:00"));
        String base = "http://127.0.0.1:" + hotline.port();
        new ConsoleAdminApi(base).login("admin", ADMIN_PASSWORD).createCounselor("sari", "sari-password-1");
        counselor = new ConsoleAdminApi(base).login("sari", "sari-password-1");
        Await.value("the bot polls for updates", Duration.ofSeconds(20),
                () -> fake.calls("getUpdates").isEmpty() ? Optional.empty() : Optional.of(true));
    }

    @AfterEach
    void stop() {
        if (hotline != null) {
            hotline.close();
        }
        if (fake != null) {
            fake.close();
        }
    }

    @Test
    void a_counselor_takes_over_a_telegram_chat_and_hands_it_back() throws Exception {
        long t0 = System.nanoTime();
        fake.push(Updates.text(CHAT, TRIGGER));
        JsonNode queued = Await.value("the case in the console queue", Duration.ofSeconds(5), this::telegramCase);
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).as("case in the console queue").isLessThan(Duration.ofSeconds(2));
        long caseId = queued.path("id").asLong();
        assertThat(queued.path("status").asText()).isEqualTo("open");
        assertThat(queued.path("priority").asText()).isEqualTo("escalate");
        assertThat(texts(queued.path("indicators"))).contains("passport_held", "confinement");

        JsonNode first = sent(1).get(0);
        assertThat(first.path("_visible").asText()).contains("Terima kasih sudah bercerita", "110", "0800-1000",
                "Konselor kami sudah diberi tahu dan akan membalas di chat ini");
        assertThat(first.path("protect_content").asBoolean()).as("help contacts are protected").isTrue();

        List<FakeBotApi.Call> alerts = fake.awaitSent(COUNSELOR_CHAT, 1, Duration.ofSeconds(5));
        assertThat(alerts).as("alerts in the counselor group").hasSize(1);
        String alert = alerts.get(0).params().path("_visible").asText();
        assertThat(alert).contains("Kasus baru #" + caseId, "Prioritas: escalate", "passport_held", "confinement",
                "Kanal: telegram", PUBLIC_URL + "/console/cases/" + caseId);
        assertThat(alert).as("the alert carries nothing the person wrote or who they are")
                .doesNotContain(TRIGGER).doesNotContain("paspor").doesNotContain("majikan").doesNotContain("Siti")
                .doesNotContain(USER);

        assertThat(conversation(caseId)).anyMatch(m -> m.path("direction").asText().equals("in")
                && m.path("text").asText().equals(TRIGGER));
        JsonNode claimed = counselor.post("/api/console/cases/" + caseId + "/claim", null, 200);
        assertThat(claimed.path("claimedBy").asText()).isEqualTo("sari");
        assertThat(sent(2).get(1).path("_visible").asText()).isEqualTo("Seorang konselor sekarang menemani Anda di chat ini.");

        counselor.post("/api/console/cases/" + caseId + "/messages", Map.of("text", COUNSELOR_TEXT), 201);
        JsonNode relayed = sent(3).get(2);
        assertThat(relayed.path("_visible").asText()).as("the counselor's words, as the person sees them").isEqualTo(COUNSELOR_TEXT);
        assertThat(relayed.path("protect_content").asBoolean()).isTrue();

        long t1 = System.nanoTime();
        long answerUpdate = fake.push(Updates.text(CHAT, USER_ANSWER));
        Await.value("the person's answer in the console", Duration.ofSeconds(5), () -> conversation(caseId).stream()
                .filter(m -> m.path("direction").asText().equals("in") && m.path("text").asText().equals(USER_ANSWER)).findFirst());
        assertThat(Duration.ofNanos(System.nanoTime() - t1)).as("person's answer in the console").isLessThan(Duration.ofMillis(1500));
        long questionUpdate = fake.push(Updates.text(CHAT, QUESTION));
        Await.value("the person's question in the console", Duration.ofSeconds(5), () -> conversation(caseId).stream()
                .filter(m -> m.path("direction").asText().equals("in") && m.path("text").asText().equals(QUESTION)).findFirst());
        assertBotSilentOn(answerUpdate, questionUpdate);
        assertThat(conversation(caseId).stream().filter(m -> m.path("direction").asText().equals("out"))
                .map(m -> m.path("from").asText())).as("what went out while the counselor held the chat")
                .containsExactly("bot", "bot", "counselor");

        JsonNode closed = counselor.post("/api/console/cases/" + caseId + "/close", Map.of("outcome", "resolved"), 200);
        assertThat(closed.path("status").asText()).isEqualTo("closed");
        assertThat(sent(4).get(3).path("_visible").asText()).as("the person is told, and nothing came between")
                .startsWith("Konselor sudah menutup percakapan ini.");

        fake.push(Updates.text(CHAT, QUESTION));
        List<JsonNode> all = sent(5);
        assertThat(all.get(4).path("_visible").asText()).as("the bot answers again").contains("ATENSI")
                .doesNotContain("Konselor sudah menutup");
        assertThat(all).hasSize(5);
        assertThat(fake.sent(COUNSELOR_CHAT)).as("one alert for the one case").hasSize(1);
    }

    /** Quick exit while a counselor holds the chat ends like anywhere else: the chat is emptied, "Terima kasih." stays. */
    @Test
    void quick_exit_in_a_claimed_chat_deletes_the_messages_and_leaves_the_neutral_message() throws Exception {
        var trigger = Updates.text(CHAT, TRIGGER);
        fake.push(trigger);
        long caseId = Await.value("the case in the console queue", Duration.ofSeconds(5), this::telegramCase).path("id").asLong();
        JsonNode escalation = sent(1).get(0);
        assertThat(TelegramIT.buttonData(escalation)).contains("/keluar");
        counselor.post("/api/console/cases/" + caseId + "/claim", null, 200);
        JsonNode claimNotice = sent(2).get(1);

        fake.push(Updates.button(CHAT, escalation.path("_message_id").asInt(), "/keluar"));
        JsonNode bye = sent(3).get(2);
        assertThat(bye.path("_visible").asText()).isEqualTo("Terima kasih.");
        List<String> deleted = Await.value("the chat's messages deleted", Duration.ofSeconds(5), () -> {
            List<String> ids = fake.calls("deleteMessage").stream().filter(c -> c.params().path("chat_id").asText().equals(USER))
                    .map(c -> c.params().path("message_id").asText()).toList();
            return ids.size() >= 3 ? Optional.of(ids) : Optional.empty();
        });
        assertThat(deleted).contains(escalation.path("_message_id").asText(), claimNotice.path("_message_id").asText(),
                trigger.path("message").path("message_id").asText());
        assertThat(deleted).doesNotContain(bye.path("_message_id").asText());
    }

    /**
     * Once the updates are processed, any reply of the bot would be in the outbox, ahead of anything queued later for
     * this chat: there must be none, and nothing more than the counselor's message may have reached the chat.
     */
    private void assertBotSilentOn(long... updateIds) throws Exception {
        for (long id : updateIds) {
            Await.value("update " + id + " processed", Duration.ofSeconds(5), () -> status(id).filter("done"::equals));
            assertThat(Db.count(db, "SELECT COUNT(*) FROM telegram_outbox WHERE source = ?", "update:" + id))
                    .as("replies queued for update " + id).isZero();
        }
        assertThat(fake.sent(USER)).as("messages in the person's chat").hasSize(3);
    }

    private Optional<String> status(long updateId) {
        try {
            return Db.column(db, "SELECT status FROM telegram_updates WHERE update_id = ?", updateId).stream().findFirst();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<JsonNode> telegramCase() {
        return StreamSupport.stream(call(() -> counselor.get("/api/console/cases")).path("cases").spliterator(), false)
                .filter(c -> c.path("channel").asText().equals("telegram")).findFirst();
    }

    private List<JsonNode> conversation(long caseId) {
        List<JsonNode> out = new ArrayList<>();
        call(() -> counselor.get("/api/console/cases/" + caseId)).path("messages").forEach(out::add);
        return out;
    }

    /** The accepted sendMessage parameters in the person's chat once there are at least this many. */
    private List<JsonNode> sent(int atLeast) throws InterruptedException {
        List<FakeBotApi.Call> calls = fake.awaitSent(USER, atLeast, Duration.ofSeconds(5));
        assertThat(calls).as("messages in the person's chat").hasSizeGreaterThanOrEqualTo(atLeast);
        return calls.stream().map(FakeBotApi.Call::params).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** A fixed-offset zone where it is about noon now, so office hours of 06:00-18:00 hold for the whole test. */
    static ZoneOffset noonZone() {
        int hour = ZonedDateTime.now(ZoneOffset.UTC).getHour();
        return ZoneOffset.ofHours(12 - hour);
    }

    private interface Call<T> {
        T run() throws Exception;
    }

    private static <T> T call(Call<T> c) {
        try {
            return c.run();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
