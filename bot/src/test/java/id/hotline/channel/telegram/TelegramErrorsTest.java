package id.hotline.channel.telegram;

import com.sun.net.httpserver.HttpServer;
import id.hotline.store.TelegramOutbox.Item;
import id.hotline.store.sqlite.Database;
import id.hotline.store.sqlite.SqliteTelegramOutbox;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/** Failed Bot API calls sorted into error kinds for the metrics, against a real client and a local HTTP server. */
class TelegramErrorsTest {
    private static final String TOKEN = "123:errors-test";
    private HttpServer server;
    private volatile int status = 200;
    private volatile String answer = "{\"ok\":true,\"result\":{\"message_id\":5,\"date\":1,\"chat\":{\"id\":42,\"type\":\"private\"},"
            + "\"from\":{\"id\":7,\"is_bot\":true,\"first_name\":\"Hotline\"},\"text\":\"halo\"}}";
    private volatile long delayMs;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            try {
                Thread.sleep(delayMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private BotApi api(int port, Duration readTimeout) {
        OkHttpClient http = new OkHttpClient.Builder().readTimeout(readTimeout).build();
        return new BotApi(new OkHttpTelegramClient(http, TOKEN, new TelegramUrl("http", "127.0.0.1", port, false)));
    }

    private Optional<String> kindOfSend(BotApi api) {
        return BotApi.errorKind(api.perform(Item.send("42", "halo", List.of(), false)));
    }

    private void fail(int code, String extra) {
        status = code;
        answer = "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"no\"" + extra + "}";
    }

    @Test
    void an_accepted_send_is_no_error() {
        assertThat(kindOfSend(api(server.getAddress().getPort(), Duration.ofSeconds(5)))).isEmpty();
    }

    @Test
    void refusals_server_errors_and_flood_limits_are_counted_by_http_status() {
        BotApi api = api(server.getAddress().getPort(), Duration.ofSeconds(5));
        fail(403, "");
        assertThat(kindOfSend(api)).contains("http_403");
        fail(502, "");
        assertThat(kindOfSend(api)).contains("http_502");
        fail(429, ",\"parameters\":{\"retry_after\":3}");
        assertThat(kindOfSend(api)).contains("http_429");
    }

    @Test
    void an_answer_that_is_not_the_bot_api_is_unreadable_and_retried_not_given_up() {
        BotApi api = api(server.getAddress().getPort(), Duration.ofSeconds(5));
        status = 502;
        answer = "<html><body>502 Bad Gateway</body></html>";
        BotApi.Outcome outcome = api.perform(Item.send("42", "halo", List.of(), false));
        assertThat(outcome).isInstanceOf(BotApi.Transient.class);
        assertThat(BotApi.errorKind(outcome)).contains("unreadable");
    }

    @Test
    void an_unreachable_bot_api_is_a_network_error_and_a_slow_one_a_timeout() throws Exception {
        int closedPort;
        try (var s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertThat(kindOfSend(api(closedPort, Duration.ofSeconds(5)))).contains("network");
        delayMs = 1500;
        assertThat(kindOfSend(api(server.getAddress().getPort(), Duration.ofMillis(200)))).contains("timeout");
    }

    @Test
    void the_outbox_sender_reports_each_failed_call_and_the_backlog_drains(@TempDir Path dir) throws Exception {
        fail(403, "");
        List<String> kinds = new CopyOnWriteArrayList<>();
        try (Database db = Database.open(dir.resolve("t.db"))) {
            var outbox = new SqliteTelegramOutbox(db);
            Clock clock = Clock.systemUTC();
            outbox.enqueue("test:1", List.of(Item.send("42", "halo", List.of(), false), Item.send("43", "hai", List.of(), false)),
                    clock.instant());
            assertThat(outbox.backlog()).isEqualTo(2);
            try (var sender = new OutboxSender(outbox, api(server.getAddress().getPort(), Duration.ofSeconds(5)),
                    SendLimits.telegramDefaults(clock.instant()), clock, 2, kinds::add)) {
                sender.start();
                long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while ((kinds.size() < 2 || outbox.backlog() > 0) && System.nanoTime() < end) {
                    Thread.sleep(10);
                }
            }
            assertThat(kinds).containsExactly("http_403", "http_403");
            assertThat(outbox.backlog()).isZero();
        }
    }
}
