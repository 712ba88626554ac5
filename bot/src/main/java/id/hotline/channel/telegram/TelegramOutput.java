package id.hotline.channel.telegram;

import id.hotline.channel.ReplySender;
import id.hotline.config.Config;
import id.hotline.domain.Reply;
import id.hotline.store.TelegramOutbox;
import id.hotline.store.TelegramOutbox.Item;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * The outbound half of the Telegram channel: the Bot API client, the outbox and its sender. Exists before the
 * engine, because counselor messages and case notices (CaseService) are delivered through it.
 */
public final class TelegramOutput implements AutoCloseable {
    private final TelegramOutbox outbox;
    private final Clock clock;
    private final OkHttpClient http;
    private final BotApi api;
    private final OutboxSender sender;
    private final CallbackData callbacks;
    private final ReplyItems replyItems;

    /** apiErrors: told the kind of every failed Bot API call the outbox makes (http_403, timeout ...). */
    public TelegramOutput(Config config, TelegramOutbox outbox, Clock clock, Consumer<String> apiErrors) {
        this.outbox = outbox;
        this.clock = clock;
        this.http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10)).readTimeout(Duration.ofSeconds(30))
                .writeTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(45)).build();
        String token = config.telegramToken().orElseThrow(() -> new IllegalArgumentException("TELEGRAM_BOT_TOKEN is not set"));
        this.api = new BotApi(new OkHttpTelegramClient(http, token, telegramUrl(config.telegramApiUrl())));
        this.sender = new OutboxSender(outbox, api, SendLimits.telegramDefaults(clock.instant()), clock, 4,
                apiErrors);
        this.callbacks = new CallbackData(outbox);
        this.replyItems = new ReplyItems(callbacks);
    }

    static TelegramUrl telegramUrl(URI uri) {
        int port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        return new TelegramUrl(uri.getScheme(), uri.getHost(), port, false);
    }

    /** Delivers counselor messages and case notices to Telegram users through the outbox. */
    public ReplySender replySender() {
        return (conversation, messageId, reply) -> {
            outbox.enqueue("message:" + messageId, items(conversation.userRef(), reply), clock.instant());
            wake();
        };
    }

    public void start() {
        sender.start();
    }

    List<Item> items(String chatId, Reply reply) {
        return replyItems.of(chatId, reply);
    }

    String decodeButton(String data) {
        return callbacks.decode(data);
    }

    void wake() {
        sender.wake();
    }

    TelegramOutbox outbox() {
        return outbox;
    }

    BotApi api() {
        return api;
    }

    OkHttpClient http() {
        return http;
    }

    @Override
    public void close() {
        sender.close();
        http.dispatcher().cancelAll();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
