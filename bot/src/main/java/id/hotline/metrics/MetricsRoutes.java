package id.hotline.metrics;

import id.hotline.web.RouteModule;
import io.javalin.config.JavalinConfig;

/** GET /metrics in the Prometheus text format. Restrict it to the monitoring host at the reverse proxy. */
public final class MetricsRoutes implements RouteModule {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";
    private final HotlineMetrics metrics;

    public MetricsRoutes(HotlineMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void register(JavalinConfig cfg) {
        cfg.routes.get("/metrics", ctx -> ctx.contentType(CONTENT_TYPE).result(metrics.scrape()));
    }
}
