package id.hotline.channel;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest {
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final RateLimiter limiter = new RateLimiter(3, nanos::get);

    @Test
    void allows_a_burst_up_to_the_limit_then_refuses() {
        assertThat(limiter.tryAcquire("web:a")).isTrue();
        assertThat(limiter.tryAcquire("web:a")).isTrue();
        assertThat(limiter.tryAcquire("web:a")).isTrue();
        assertThat(limiter.tryAcquire("web:a")).isFalse();
    }

    @Test
    void each_person_has_their_own_allowance() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("web:a");
        }
        assertThat(limiter.tryAcquire("web:a")).isFalse();
        assertThat(limiter.tryAcquire("web:b")).isTrue();
    }

    @Test
    void refills_at_the_per_minute_rate() {
        for (int i = 0; i < 3; i++) {
            limiter.tryAcquire("web:a");
        }
        nanos.addAndGet(Duration.ofSeconds(19).toNanos());
        assertThat(limiter.tryAcquire("web:a")).isFalse();
        nanos.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(limiter.tryAcquire("web:a")).isTrue();
        assertThat(limiter.tryAcquire("web:a")).isFalse();
        nanos.addAndGet(Duration.ofMinutes(10).toNanos());
        assertThat(limiter.tryAcquire("web:a")).isTrue();
        assertThat(limiter.tryAcquire("web:a")).isTrue();
        assertThat(limiter.tryAcquire("web:a")).isTrue();
        assertThat(limiter.tryAcquire("web:a")).isFalse();
    }
}
