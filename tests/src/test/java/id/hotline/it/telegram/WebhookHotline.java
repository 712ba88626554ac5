package id.hotline.it.telegram;

import id.hotline.it.support.Scratch;
import id.hotline.Hotline;
import id.hotline.it.support.Services;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The real service in webhook mode against a fresh {@link FakeBotApi}, on a free loopback port with a fresh SQLite
 * file; started once the bot has set its webhook (so the route accepts updates).
 */
public final class WebhookHotline implements AutoCloseable {
    public static final String TOKEN = "654321:WEBHOOK-token";
    public static final String SECRET = "s3cret-webhook-token_0123456789";
    private final FakeBotApi fake;
    private final Hotline hotline;
    private final Path db;

    private WebhookHotline(FakeBotApi fake, Hotline hotline, Path db) {
        this.fake = fake;
        this.hotline = hotline;
        this.db = db;
    }

    public static WebhookHotline start(Map<String, String> extraEnv) throws Exception {
        FakeBotApi fake = FakeBotApi.start(TOKEN);
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path db = Scratch.dir("telegram-webhook").resolve("h.db");
        Map<String, String> env = new HashMap<>(Map.of("HOTLINE_PORT", Integer.toString(port), "TELEGRAM_BOT_TOKEN", TOKEN,
                "TELEGRAM_API_URL", fake.url(), "TELEGRAM_MODE", "webhook",
                "TELEGRAM_WEBHOOK_URL", "http://127.0.0.1:" + port + "/telegram/webhook", "TELEGRAM_WEBHOOK_SECRET", SECRET));
        env.putAll(extraEnv);
        Hotline hotline;
        try {
            hotline = Services.start(db, env);
        } catch (RuntimeException e) {
            fake.close();
            throw e;
        }
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (fake.webhookUrl() == null && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        if (fake.webhookUrl() == null) {
            hotline.close();
            fake.close();
            throw new IllegalStateException("the bot did not set its webhook within 20 s");
        }
        return new WebhookHotline(fake, hotline, db);
    }

    public FakeBotApi fake() {
        return fake;
    }

    public Path db() {
        return db;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + hotline.port();
    }

    @Override
    public void close() {
        hotline.close();
        fake.close();
    }
}
