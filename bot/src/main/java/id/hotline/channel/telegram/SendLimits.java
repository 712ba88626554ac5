package id.hotline.channel.telegram;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/**
 * Telegram's flood limits as token buckets: about one message per second in a chat (a short burst of a few is
 * allowed, so a quick conversation is not slowed down) and a global rate for everything the bot sends.
 */
final class SendLimits {
    private final double chatRate;
    private final double chatBurst;
    private final double globalRate;
    private final double globalBurst;
    private final Map<String, Bucket> chats = new HashMap<>();
    private final Bucket global;

    private static final class Bucket {
        double tokens;
        Instant at;

        Bucket(double tokens, Instant at) {
            this.tokens = tokens;
            this.at = at;
        }

        void refill(Instant now, double rate, double burst) {
            double seconds = Math.max(0, Duration.between(at, now).toNanos() / 1e9);
            tokens = Math.min(burst, tokens + seconds * rate);
            at = now;
        }

        Duration wait(double rate) {
            return Duration.ofNanos((long) Math.ceil((1 - tokens) / rate * 1e9));
        }
    }

    SendLimits(double chatRate, double chatBurst, double globalRate, Instant now) {
        this.chatRate = chatRate;
        this.chatBurst = chatBurst;
        this.globalRate = globalRate;
        this.globalBurst = Math.max(1, globalRate);
        this.global = new Bucket(globalBurst, now);
    }

    /** Telegram's published limits: 1 message/s per chat (burst 3), 30 messages/s overall. */
    static SendLimits telegramDefaults(Instant now) {
        return new SendLimits(1.0, 3, 30, now);
    }

    /**
     * Takes a token for a call to this chat, or says how long to wait. Only messages count against the chat;
     * every call counts against the global rate.
     */
    synchronized Optional<Duration> reserve(String chatId, boolean message, Instant now) {
        global.refill(now, globalRate, globalBurst);
        Bucket chat = null;
        if (message) {
            chat = chats.computeIfAbsent(chatId, k -> new Bucket(chatBurst, now));
            chat.refill(now, chatRate, chatBurst);
            if (chat.tokens < 1) {
                return Optional.of(chat.wait(chatRate));
            }
        }
        if (global.tokens < 1) {
            return Optional.of(global.wait(globalRate));
        }
        global.tokens -= 1;
        if (chat != null) {
            chat.tokens -= 1;
        }
        if (chats.size() > 10_000) {
            forgetIdle(now);
        }
        return Optional.empty();
    }

    private void forgetIdle(Instant now) {
        for (Iterator<Bucket> it = chats.values().iterator(); it.hasNext(); ) {
            Bucket b = it.next();
            b.refill(now, chatRate, chatBurst);
            if (b.tokens >= chatBurst) {
                it.remove();
            }
        }
    }
}
