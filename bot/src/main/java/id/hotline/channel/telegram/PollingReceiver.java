package id.hotline.channel.telegram;

import id.hotline.store.TelegramInbox;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.BotSession;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Long polling with the library's session. The session calls {@link #consume} on its polling thread and asks for
 * the next batch (whose offset acknowledges this one) only after consume returns, so consume returns only once the
 * updates are stored. The offset comes from the database, not from what the library saw: after a restart, polling
 * resumes after the last stored update.
 */
final class PollingReceiver implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PollingReceiver.class);
    static final int POLL_TIMEOUT_SECONDS = 25;

    private final UpdateReceiver receiver;
    private final TelegramInbox inbox;
    private final OkHttpClient http;
    private final ScheduledExecutorService executor;
    private final TelegramBotsLongPollingApplication app;
    private volatile boolean running;

    PollingReceiver(UpdateReceiver receiver, TelegramInbox inbox) {
        this.receiver = receiver;
        this.inbox = inbox;
        this.http = new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
                .readTimeout(Duration.ofSeconds(POLL_TIMEOUT_SECONDS + 20)).build();
        this.executor = Executors.newSingleThreadScheduledExecutor(Threads.daemon("telegram-poll"));
        this.app = new TelegramBotsLongPollingApplication(com.fasterxml.jackson.databind.ObjectMapper::new, () -> http,
                () -> executor, ExponentialBackOff::new);
    }

    void start(String token, TelegramUrl url) throws TelegramApiException {
        running = true;
        // A lambda, not this: the session closes its consumer when it stops, and closing this stops the session.
        LongPollingUpdateConsumer consumer = this::consume;
        BotSession session = app.registerBot(token, () -> url, ignoredLibraryOffset -> nextRequest(), consumer);
        LOG.info("telegram long polling started (running: {})", session.isRunning());
    }

    GetUpdates nextRequest() {
        long last = inbox.highWater();
        return GetUpdates.builder().offset(last > 0 ? (int) (last + 1) : 0).limit(100).timeout(POLL_TIMEOUT_SECONDS).build();
    }

    void consume(List<Update> updates) {
        long backoffMs = 100;
        while (running) {
            try {
                receiver.receive(updates);
                return;
            } catch (RuntimeException e) {
                // Not stored: do not return, or the next getUpdates would acknowledge these updates.
                LOG.error("telegram updates could not be stored, retrying in {} ms: {}", backoffMs, e.toString());
                try {
                    Thread.sleep(backoffMs);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoffMs = Math.min(backoffMs * 2, 10_000);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            app.close();
        } catch (Exception e) {
            LOG.warn("stopping telegram long polling: {}", e.toString());
        }
        http.dispatcher().cancelAll();
        executor.shutdownNow();
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
