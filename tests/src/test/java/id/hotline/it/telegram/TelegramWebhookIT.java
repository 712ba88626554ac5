package id.hotline.it.telegram;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Webhook mode: the route on our own server, the secret header, store-before-200, duplicate deliveries. */
class TelegramWebhookIT {
    private static final String SECRET = WebhookHotline.SECRET;
    private static WebhookHotline service;
    private static FakeBotApi fake;
    private static Path db;

    @BeforeAll
    static void start() throws Exception {
        service = WebhookHotline.start(Map.of());
        fake = service.fake();
        db = service.db();
        assertThat(fake.calls("setWebhook")).hasSize(1);
        assertThat(fake.calls("setWebhook").get(0).params().path("secret_token").asText()).isEqualTo(SECRET);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void wrong_or_missing_secret_is_refused_with_401_and_nothing_is_stored() throws Exception {
        long chat = 61_001;
        ObjectNode update = Updates.text(chat, "/menu");
        HttpResponse<String> wrong = fake.deliverWebhook(update, "not-the-secret-at-all-000");
        HttpResponse<String> missing = fake.deliverWebhook(update, null);
        for (HttpResponse<String> r : new HttpResponse[] {wrong, missing}) {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(r.body()).startsWith("{\"error\":").contains("X-Telegram-Bot-Api-Secret-Token");
        }
        Thread.sleep(500);
        assertThat(Db.count(db, "SELECT COUNT(*) FROM telegram_updates WHERE update_id = ?", update.path("update_id").asLong())).isZero();
        assertThat(Db.count(db, "SELECT COUNT(*) FROM conversations WHERE user_ref = ?", Long.toString(chat))).isZero();
        assertThat(fake.sent(Long.toString(chat))).isEmpty();
    }

    @Test
    void right_secret_is_stored_answered_200_and_replied_to_once_even_when_delivered_twice() throws Exception {
        long chat = 61_002;
        ObjectNode update = Updates.text(chat, "/start");
        HttpResponse<String> first = fake.deliverWebhook(update, SECRET);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(Db.count(db, "SELECT COUNT(*) FROM telegram_updates WHERE update_id = ?", update.path("update_id").asLong())).isEqualTo(1);
        HttpResponse<String> again = fake.deliverWebhook(update, SECRET);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(fake.awaitSent(Long.toString(chat), 1, Duration.ofSeconds(2))).hasSize(1);
        Thread.sleep(800);
        assertThat(fake.sent(Long.toString(chat))).hasSize(1);
        assertThat(fake.sent(Long.toString(chat)).get(0).params().path("_visible").asText()).contains("selamat datang");
    }

    @Test
    void malformed_update_is_a_400_with_a_json_error() throws Exception {
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(fake.webhookUrl())).header("X-Telegram-Bot-Api-Secret-Token", SECRET)
                .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"nope\":"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).startsWith("{\"error\":");
    }

    @Test
    void a_refused_send_is_counted_and_its_reply_waits_in_the_outbox_backlog_until_telegram_takes_it() throws Exception {
        long chat = 61_004;
        fake.failNextSends(1, 429, 2);
        assertThat(fake.deliverWebhook(Updates.text(chat, "/menu"), SECRET).statusCode()).isEqualTo(200);
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (fake.calls("sendMessage").stream().noneMatch(c -> c.params().path("chat_id").asText().equals(Long.toString(chat)))
                && System.nanoTime() < end) {
            Thread.sleep(10);
        }
        String during = metrics();
        assertThat(during).contains("hotline_telegram_errors_total{kind=\"http_429\"} 1.0");
        assertThat(gauge(during, "hotline_outbox_backlog")).as("the refused reply waits for retry_after").isGreaterThanOrEqualTo(1);
        assertThat(fake.awaitSent(Long.toString(chat), 1, Duration.ofSeconds(10))).hasSize(1);
        end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (gauge(metrics(), "hotline_outbox_backlog") > 0 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(gauge(metrics(), "hotline_outbox_backlog")).isZero();
    }

    private static String metrics() throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(service.baseUrl() + "/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static double gauge(String scrape, String name) {
        return scrape.lines().filter(l -> l.startsWith(name + " ")).mapToDouble(l -> Double.parseDouble(l.substring(name.length() + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not in /metrics"));
    }
}
