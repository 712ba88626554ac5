package id.hotline.channel;

import id.hotline.dialog.Turn;
import id.hotline.domain.Channel;

import java.time.Duration;

/** What channel adapters report about the traffic they carry; the metrics registry implements it. */
public interface ChannelMetrics {
    /** Does nothing: for tests and tools that need no metrics. */
    ChannelMetrics NONE = new ChannelMetrics() {
        @Override
        public void handled(Channel channel, Turn turn, Duration took) {
        }

        @Override
        public void rateLimited(Channel channel) {
        }
    };

    /** One inbound message went through the engine in {@code took}, with this outcome. */
    void handled(Channel channel, Turn turn, Duration took);

    /** One inbound message was refused because its sender was over the rate limit. */
    void rateLimited(Channel channel);
}
