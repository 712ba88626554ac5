package id.hotline.channel;

import id.hotline.dialog.ConversationEngine;
import id.hotline.dialog.Turn;
import id.hotline.domain.Channel;
import id.hotline.domain.InboundMessage;

import java.time.Duration;

/**
 * What every channel adapter does around the engine: tell senders over the rate limit apart (the engine then gives
 * them a friendly notice instead of an answer) and measure each handled message. Keeps rate limiting and metrics out
 * of the pure core.
 */
public final class ChannelEdge {
    private final RateLimiter limiter;
    private final ChannelMetrics metrics;

    public ChannelEdge(RateLimiter limiter, ChannelMetrics metrics) {
        this.limiter = limiter;
        this.metrics = metrics;
    }

    /** No limit, no metrics: for tests and tools. */
    public static ChannelEdge open() {
        return new ChannelEdge(null, ChannelMetrics.NONE);
    }

    /** Whether this person may send another message now; counts the refusal when not. */
    public boolean allow(Channel channel, String userRef) {
        if (limiter == null || limiter.tryAcquire(channel.wire() + ":" + userRef)) {
            return true;
        }
        metrics.rateLimited(channel);
        return false;
    }

    /** Runs the message through the engine and records how it went and how long it took. */
    public Turn handle(ConversationEngine engine, InboundMessage in) {
        long t0 = System.nanoTime();
        Turn turn = engine.handle(in);
        metrics.handled(in.channel(), turn, Duration.ofNanos(System.nanoTime() - t0));
        return turn;
    }
}
