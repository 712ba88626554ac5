package id.hotline.console;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Failed logins per IP address, in memory: after maxFailures the address waits until window has passed since its
 * last failure. Memory is enough here: the per-account lockout is in the database and survives restarts.
 */
public final class IpLoginThrottle implements LoginThrottle {
    private final int maxFailures;
    private final Cache<String, AtomicInteger> failures;

    public IpLoginThrottle(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.failures = Caffeine.newBuilder().maximumSize(100_000).expireAfterWrite(window)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    @Override
    public boolean blocked(String key) {
        AtomicInteger n = failures.getIfPresent(key);
        return n != null && n.get() >= maxFailures;
    }

    @Override
    public void failed(String key) {
        // Re-put so the window restarts from the latest failure.
        failures.asMap().compute(key, (k, v) -> new AtomicInteger(v == null ? 1 : v.get() + 1));
    }
}
