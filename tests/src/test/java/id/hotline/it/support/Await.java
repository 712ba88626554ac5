package id.hotline.it.support;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/** Bounded polling for end-to-end tests: wait for something to happen, fail with what was awaited when it does not. */
public final class Await {
    private static final long POLL_MILLIS = 10;

    private Await() {
    }

    /** Polls the probe until it gives a value, and returns it; an AssertionError naming {@code what} after {@code within}. */
    public static <T> T value(String what, Duration within, Supplier<Optional<T>> probe) throws InterruptedException {
        long end = System.nanoTime() + within.toNanos();
        while (true) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out after " + within.toMillis() + " ms waiting for: " + what);
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** Polls until the condition holds. */
    public static void until(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        value(what, within, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty());
    }
}
