package id.hotline.it.telegram;

import id.hotline.it.support.Scratch;
import id.hotline.Hotline;
import id.hotline.config.Config;
import id.hotline.it.support.Await;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A bounded load test of the Telegram adapter against the fake Bot API (loopback, long polling, production limits:
 * 30 sends/s overall, 1/s per chat). Prints updates/s and update-to-sendMessage latency; every update must get
 * exactly one reply. Results also go to tests/target/telegram-bench.txt.
 */
class TelegramBenchIT {
    private static final String TOKEN = "999888:BENCH-token";

    @Test
    void adapter_throughput_and_latency_with_every_update_answered_once() throws Exception {
        Path dir = Scratch.dir("telegram-bench");
        try (FakeBotApi fake = FakeBotApi.start(TOKEN);
             Hotline hotline = Hotline.start(Config.forTests(dir.resolve("h.db"), Path.of(System.getProperty("hotline.kb")),
                     Map.of("TELEGRAM_BOT_TOKEN", TOKEN, "TELEGRAM_API_URL", fake.url())))) {
            Await.until("the bot polling", Duration.ofSeconds(20), () -> !fake.calls("getUpdates").isEmpty());
            StringBuilder report = new StringBuilder();
            report.append(burst(fake, dir.resolve("h.db"), 300, 800_000));
            report.append(steady(fake, 20, 10, 900_000));
            System.out.println(report);
            Files.writeString(Path.of("target", "telegram-bench.txt"), report.toString());
        }
    }

    /** n updates in n chats at once: how fast they are processed, and how fast all replies are accepted. */
    private static String burst(FakeBotApi fake, Path db, int n, long firstChat) throws Exception {
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            fake.push(Updates.text(firstChat + i, "/menu"));
        }
        Await.until("every burst update processed", Duration.ofSeconds(60), () -> count(db, "SELECT COUNT(*) FROM "
                + "telegram_updates WHERE status = 'done' AND chat_id >= '" + firstChat + "' AND chat_id < '" + (firstChat + n)
                + "'") >= n);
        double processed = n / seconds(System.nanoTime() - t0);
        Await.until("a reply in every chat", Duration.ofSeconds(60), () -> repliedChats(fake, firstChat, n) >= n);
        double replied = n / seconds(System.nanoTime() - t0);
        assertExactlyOne(fake, firstChat, n);
        return String.format(Locale.ROOT, "burst: %d updates in %d chats: stored+processed %.0f updates/s; "
                + "replies accepted by the fake %.1f updates/s (bounded by the 30 messages/s global limit)%n", n, n, processed, replied);
    }

    /** rate updates/s for the given seconds, each in its own chat: latency from getUpdates delivery to sendMessage. */
    private static String steady(FakeBotApi fake, int rate, int seconds, long firstChat) throws Exception {
        int n = rate * seconds;
        List<Long> ids = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            long due = start + (long) (i * 1e9 / rate);
            while (System.nanoTime() < due) {
                Thread.sleep(1);
            }
            ids.add(fake.push(Updates.text(firstChat + i, "/menu")));
        }
        Await.until("a reply in every chat", Duration.ofSeconds(60), () -> repliedChats(fake, firstChat, n) >= n);
        double elapsed = seconds(System.nanoTime() - start);
        List<Double> latencies = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            var reply = fake.sent(Long.toString(firstChat + i)).get(0);
            latencies.add((reply.atNanos() - fake.pushedAtNanos(ids.get(i))) / 1e6);
        }
        Collections.sort(latencies);
        assertExactlyOne(fake, firstChat, n);
        return String.format(Locale.ROOT, "steady: %d updates/s offered for %d s (%d updates, %.1f updates/s replied): "
                + "update-to-sendMessage latency p50 %.1f ms, p99 %.1f ms, max %.1f ms%n", rate, seconds, n, n / elapsed,
                percentile(latencies, 0.50), percentile(latencies, 0.99), latencies.get(latencies.size() - 1));
    }

    private static void assertExactlyOne(FakeBotApi fake, long firstChat, int n) {
        for (int i = 0; i < n; i++) {
            assertThat(fake.sent(Long.toString(firstChat + i))).as("replies in chat " + (firstChat + i)).hasSize(1);
        }
    }

    private static long repliedChats(FakeBotApi fake, long firstChat, int n) {
        return fake.calls("sendMessage").stream().filter(c -> c.params().path("_accepted").asBoolean())
                .mapToLong(c -> c.params().path("chat_id").asLong()).filter(c -> c >= firstChat && c < firstChat + n).distinct().count();
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long count(Path db, String sql) {
        try {
            return Db.count(db, sql);
        } catch (Exception e) {
            return 0;
        }
    }
}
