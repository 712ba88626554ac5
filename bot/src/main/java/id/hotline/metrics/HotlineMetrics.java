package id.hotline.metrics;

import id.hotline.channel.ChannelMetrics;
import id.hotline.dialog.Turn;
import id.hotline.domain.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The service's Prometheus metrics. Counts and timings only: no text, no user ids, no labels with personal data.
 * Adapters on other channels report through {@link ChannelMetrics}; gauges backed by the database (open cases,
 * outbox backlog) are registered with suppliers read at scrape time.
 */
public final class HotlineMetrics implements ChannelMetrics {
    private static final double[] CONFIDENCE_BUCKETS = {0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public HotlineMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    @Override
    public void handled(Channel channel, Turn turn, Duration took) {
        messages(channel, "in", "user").increment();
        turn.reply().ifPresent(r -> messages(channel, "out", "bot").increment());
        Timer.builder("hotline.chat.latency").description("time to store, read and answer one inbound message")
                .tag("channel", channel.wire()).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry).record(took);
        if (turn.intent() != null && turn.reply().isPresent()) {
            DistributionSummary.builder("hotline.classifier.confidence").description("top intent confidence of answered text")
                    .serviceLevelObjectives(CONFIDENCE_BUCKETS).register(registry).record(turn.confidence());
        }
        if (turn.risk() != null) {
            Counter.builder("hotline.risk").tag("level", turn.risk().wire()).register(registry).increment();
        }
    }

    @Override
    public void rateLimited(Channel channel) {
        Counter.builder("hotline.rate.limited").description("messages refused because the sender was over the limit")
                .tag("channel", channel.wire()).register(registry).increment();
    }

    /** A message sent outside a chat turn (a counselor's reply, a re-alert), for the console and alert code. */
    public void messageOut(Channel channel, String author) {
        messages(channel, "out", author).increment();
    }

    /** A failed call to the Telegram Bot API; {@code kind} is a short fixed word (http_403, http_429, timeout, network ...). */
    public void telegramError(String kind) {
        Counter.builder("hotline.telegram.errors").description("failed Telegram Bot API calls").tag("kind", kind)
                .register(registry).increment();
    }

    /** Cases by status ("open", "claimed"), read at scrape time. */
    public void registerCases(String status, Supplier<Number> count) {
        Gauge.builder("hotline.cases", count).description("live cases").tag("status", status).strongReference(true)
                .register(registry);
    }

    /** Replies waiting in the outbox to be delivered (registered when the Telegram channel is on). */
    public void registerOutboxBacklog(Supplier<Number> backlog) {
        Gauge.builder("hotline.outbox.backlog", backlog).description("replies not yet delivered").strongReference(true)
                .register(registry);
    }

    private Counter messages(Channel channel, String direction, String author) {
        return Counter.builder("hotline.messages").description("chat messages").tag("channel", channel.wire())
                .tag("direction", direction).tag("author", author).register(registry);
    }

    /** The text exposition for GET /metrics. */
    public String scrape() {
        return registry.scrape();
    }
}
