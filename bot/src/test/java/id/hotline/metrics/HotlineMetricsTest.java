package id.hotline.metrics;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class HotlineMetricsTest {
    @Test
    void telegram_errors_are_counted_per_kind_and_the_outbox_backlog_is_read_at_scrape_time() {
        HotlineMetrics metrics = new HotlineMetrics();
        AtomicLong backlog = new AtomicLong(3);
        metrics.registerOutboxBacklog(backlog::get);
        metrics.telegramError("http_403");
        metrics.telegramError("http_403");
        metrics.telegramError("timeout");
        String first = metrics.scrape();
        assertThat(first).contains("hotline_telegram_errors_total{kind=\"http_403\"} 2.0")
                .contains("hotline_telegram_errors_total{kind=\"timeout\"} 1.0")
                .contains("hotline_outbox_backlog 3.0");
        backlog.set(0);
        assertThat(metrics.scrape()).contains("hotline_outbox_backlog 0.0");
    }
}
