package id.hotline.channel.telegram;

import id.hotline.store.TelegramOutbox;
import id.hotline.store.TelegramOutbox.Action;
import id.hotline.store.TelegramOutbox.Item;
import id.hotline.store.TelegramOutbox.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Carries out the outbox: one call at a time per chat (a chat's messages arrive in order), several chats in parallel,
 * within Telegram's limits. A row is marked sent only after Telegram accepted it; network errors and 5xx are retried
 * with back-off, 429 after Telegram's retry_after. If the process dies after Telegram accepted a message but before
 * the row is marked sent, that message is sent again after the restart: the one window that cannot be closed,
 * because Telegram has no idempotency key for sendMessage.
 */
final class OutboxSender implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(60);
    private static final Duration GIVE_UP_AFTER = Duration.ofHours(24);
    private static final long IDLE_WAIT_MS = 250;
    /** Finished rows (ids only by then) are kept this long: quick exit needs the last 48 hours. */
    private static final Duration KEEP_FINISHED = Duration.ofDays(7);

    private final TelegramOutbox outbox;
    private final BotApi api;
    private final SendLimits limits;
    private final Clock clock;
    private final Consumer<String> errors;
    private final ExecutorService pool;
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final WakeSignal signal = new WakeSignal();
    private volatile boolean running;
    private Thread dispatcher;
    private Instant lastPurge = Instant.EPOCH;

    /** errors: told the kind of every failed call (see {@link BotApi#errorKind}), for the metrics. */
    OutboxSender(TelegramOutbox outbox, BotApi api, SendLimits limits, Clock clock, int threads, Consumer<String> errors) {
        this.outbox = outbox;
        this.api = api;
        this.limits = limits;
        this.clock = clock;
        this.errors = errors;
        this.pool = Executors.newFixedThreadPool(threads, Threads.daemon("telegram-send"));
    }

    void start() {
        running = true;
        dispatcher = Threads.daemon("telegram-outbox").newThread(this::run);
        dispatcher.start();
    }

    /** Something was enqueued or finished: look at the outbox now rather than at the next tick. */
    void wake() {
        signal.wake();
    }

    private void run() {
        while (running) {
            long waitMs = IDLE_WAIT_MS;
            try {
                waitMs = dispatchDue();
            } catch (RuntimeException e) {
                LOG.error("telegram outbox: {}", e.toString());
            }
            if (!signal.await(running && waitMs > 0 ? waitMs : 0)) {
                return;
            }
        }
    }

    /** Starts every due row whose chat is free and within limits; returns how long to wait before looking again. */
    private long dispatchDue() {
        Instant now = clock.instant();
        if (lastPurge.plus(Duration.ofHours(1)).isBefore(now)) {
            lastPurge = now;
            outbox.purgeBefore(now.minus(KEEP_FINISHED));
        }
        long waitMs = IDLE_WAIT_MS;
        for (Row row : outbox.due(now, 100)) {
            String chat = row.item().chatId();
            if (inFlight.contains(chat)) {
                continue;
            }
            if (row.createdAt().plus(GIVE_UP_AFTER).isBefore(now)) {
                LOG.warn("telegram outbox row {} given up after {} attempts", row.id(), row.attempts());
                outbox.failed(row.id(), now);
                continue;
            }
            Optional<Duration> wait = limits.reserve(chat, row.item().action() == Action.SEND, now);
            if (wait.isPresent()) {
                waitMs = Math.min(waitMs, Math.max(1, wait.get().toMillis()));
                continue;
            }
            inFlight.add(chat);
            pool.execute(() -> attempt(row));
        }
        Optional<Instant> next = outbox.nextDue();
        if (next.isPresent() && next.get().isAfter(now)) {
            waitMs = Math.min(waitMs, Math.max(1, Duration.between(now, next.get()).toMillis()));
        }
        return waitMs;
    }

    private void attempt(Row row) {
        try {
            // The dispatcher may have read this row just before an earlier attempt marked it sent.
            if (!outbox.isPending(row.id())) {
                return;
            }
            BotApi.Outcome outcome = api.perform(row.item());
            BotApi.errorKind(outcome).ifPresent(errors);
            Instant now = clock.instant();
            if (outcome instanceof BotApi.Accepted a) {
                boolean wanted = outbox.sent(row.id(), a.messageId(), now);
                if (!wanted && a.messageId() != null && row.item().action() == Action.SEND) {
                    // Cancelled by a quick exit while on its way: take it off the phone again.
                    outbox.enqueue("cancelled:" + row.id(), List.of(Item.delete(row.item().chatId(), a.messageId())), now);
                }
            } else if (outcome instanceof BotApi.RetryAfter r) {
                LOG.info("telegram outbox row {}: 429, retrying in {} s", row.id(), r.delay().toSeconds());
                outbox.retryAt(row.id(), now.plus(r.delay()));
            } else if (outcome instanceof BotApi.Transient t) {
                Duration backoff = backoff(row.attempts());
                LOG.info("telegram outbox row {}: {}, retrying in {} ms", row.id(), t.kind(), backoff.toMillis());
                outbox.retryAt(row.id(), now.plus(backoff));
            } else if (outcome instanceof BotApi.Rejected r) {
                LOG.warn("telegram outbox row {} ({}) rejected with {}", row.id(), row.item().action(), r.code());
                outbox.failed(row.id(), now);
            }
        } catch (RuntimeException e) {
            LOG.error("telegram outbox row {}: {}", row.id(), e.toString());
        } finally {
            inFlight.remove(row.item().chatId());
            wake();
        }
    }

    static Duration backoff(int attempts) {
        long ms = 500L << Math.min(attempts, 10);
        return ms > MAX_BACKOFF.toMillis() ? MAX_BACKOFF : Duration.ofMillis(ms);
    }

    @Override
    public void close() {
        running = false;
        wake();
        if (dispatcher != null) {
            dispatcher.interrupt();
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
