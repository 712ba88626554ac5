package id.hotline.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.hotline.Hotline;
import id.hotline.config.Config;
import id.hotline.it.support.ConsoleAdminApi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time from the triggering message (POST /api/chat) to the console alert (the SSE "opened" event read by a logged-in
 * console client), over CASES new cases one after another, after WARMUP unmeasured ones. Bounded: 2 s per case at most.
 */
@Timeout(180)
class EscalationAlertLatencyIT {
    static final int WARMUP = 20;
    static final int CASES = Integer.getInteger("latency.cases", 200);
    static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void a_new_case_reaches_the_console_in_under_a_second_at_p99(@TempDir Path dir) throws Exception {
        try (Hotline hotline = Hotline.start(Config.forTests(dir.resolve("hotline.db"), Path.of(System.getProperty("hotline.kb")),
                Map.of("HOTLINE_ADMIN_USER", "admin", "HOTLINE_ADMIN_PASSWORD", "admin-password-1")))) {
            String base = "http://127.0.0.1:" + hotline.port();
            ConsoleAdminApi console = new ConsoleAdminApi(base).login("admin", "admin-password-1");
            HttpClient http = HttpClient.newHttpClient();
            LinkedBlockingQueue<String> opened = new LinkedBlockingQueue<>();
            var stream = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/console/events"))
                    .header("Accept", "text/event-stream").header("Cookie", console.cookie()).build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(new Lines(opened)));
            try {
                assertThat(opened.poll(5, TimeUnit.SECONDS)).isEqualTo("hello");
                List<Double> ms = new ArrayList<>();
                for (int i = 0; i < WARMUP + CASES; i++) {
                    String session = "lat" + UUID.randomUUID().toString().replace("-", "");
                    String body = JSON.writeValueAsString(Map.of("session", session, "text", "/konselor"));
                    long t0 = System.nanoTime();
                    var post = http.sendAsync(HttpRequest.newBuilder(URI.create(base + "/api/chat"))
                            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    String event = opened.poll(2, TimeUnit.SECONDS);
                    long t1 = System.nanoTime();
                    assertThat(event).as("opened event for case %d", i).isEqualTo("opened");
                    assertThat(post.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
                    if (i >= WARMUP) {
                        ms.add((t1 - t0) / 1e6);
                    }
                }
                Collections.sort(ms);
                String report = String.format(Locale.ROOT, "escalation -> console alert over %d cases (after %d warm-up): "
                                + "p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms",
                        ms.size(), WARMUP, pct(ms, 50), pct(ms, 90), pct(ms, 99), ms.get(ms.size() - 1));
                System.out.println(report);
                Files.writeString(Path.of("target", "escalation-latency.txt"), report + System.lineSeparator());
                assertThat(pct(ms, 99)).isLessThan(1000.0);
            } finally {
                stream.cancel(true);
            }
        }
    }

    private static double pct(List<Double> sorted, int p) {
        int idx = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, idx)));
    }

    /** Reads the event stream: "hello" once, then the event name of each case event whose data says it opened. */
    private static final class Lines implements Flow.Subscriber<String> {
        private final LinkedBlockingQueue<String> out;
        private String event = "";

        Lines(LinkedBlockingQueue<String> out) {
            this.out = out;
        }

        @Override
        public void onSubscribe(Flow.Subscription s) {
            s.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("event:")) {
                event = line.substring(6).trim();
                if (event.equals("hello")) {
                    out.add("hello");
                }
            } else if (line.startsWith("data:") && event.equals("case")) {
                try {
                    JsonNode data = JSON.readTree(line.substring(5));
                    if (data.get("event").asText().equals("opened")) {
                        out.add("opened");
                    }
                } catch (Exception e) {
                    out.add("bad data");
                }
            }
        }

        @Override
        public void onError(Throwable t) {
        }

        @Override
        public void onComplete() {
        }
    }
}
