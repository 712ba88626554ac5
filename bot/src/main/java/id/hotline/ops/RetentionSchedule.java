package id.hotline.ops;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongConsumer;

/** Runs {@link Retention} once a day at a quiet hour; stopped with the service. */
public final class RetentionSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);
    private final ScheduledExecutorService executor;

    private RetentionSchedule(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /**
     * @param forget called with every conversation id the run deleted or pseudonymised (to drop cached state)
     */
    public static RetentionSchedule daily(Retention retention, LongConsumer forget, ZoneId zone, LocalTime at, Clock clock) {
        ScheduledExecutorService ex = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "retention");
            t.setDaemon(true);
            return t;
        });
        long delay = untilNext(ZonedDateTime.now(clock.withZone(zone)), at).toSeconds();
        ex.scheduleAtFixedRate(() -> runOnce(retention, forget), delay, Duration.ofDays(1).toSeconds(), TimeUnit.SECONDS);
        LOG.info("retention runs daily at {} {} (next in {} min)", at, zone, delay / 60);
        return new RetentionSchedule(ex);
    }

    static Duration untilNext(ZonedDateTime now, LocalTime at) {
        ZonedDateTime next = now.with(at);
        if (!next.isAfter(now)) {
            next = next.plusDays(1);
        }
        return Duration.between(now, next);
    }

    /** One run; failures are logged, never thrown (a thrown exception would cancel the schedule). */
    public static Retention.Result runOnce(Retention retention, LongConsumer forget) {
        try {
            Retention.Result r = retention.run();
            r.affectedConversations().forEach(forget::accept);
            LOG.info("retention: {} message(s) anonymised, {} conversation(s) pseudonymised, {} deleted, compacted={}",
                    r.anonymisedMessages(), r.pseudonymisedConversations(), r.deletedConversations(), r.compacted());
            return r;
        } catch (RuntimeException e) {
            LOG.error("retention run failed: {}", e.toString());
            return null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(10, TimeUnit.SECONDS);
    }
}
