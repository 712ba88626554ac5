package id.hotline.channel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import java.time.Duration;

/**
 * Per-person token bucket: up to {@code perMinute} messages in a burst, refilled at {@code perMinute} a minute.
 * Buckets idle for two minutes are full again anyway, so Caffeine forgets them (memory stays bounded).
 */
public final class RateLimiter {
    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();
    private final int perMinute;
    private final Ticker ticker;
    private final Cache<String, Bucket> buckets;

    public RateLimiter(int perMinute) {
        this(perMinute, Ticker.systemTicker());
    }

    public RateLimiter(int perMinute, Ticker ticker) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be at least 1");
        }
        this.perMinute = perMinute;
        this.ticker = ticker;
        this.buckets = Caffeine.newBuilder().ticker(ticker).expireAfterAccess(Duration.ofMinutes(2))
                .maximumSize(1_000_000).build();
    }

    /** Takes one token for this key; false when the person is over the limit right now. */
    public boolean tryAcquire(String key) {
        long now = ticker.read();
        return buckets.get(key, k -> new Bucket(perMinute, now)).take(perMinute, now);
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.last = now;
        }

        synchronized boolean take(int perMinute, long now) {
            double refill = (now - last) * (double) perMinute / MINUTE_NANOS;
            tokens = Math.min(perMinute, tokens + Math.max(0, refill));
            last = Math.max(last, now);
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
