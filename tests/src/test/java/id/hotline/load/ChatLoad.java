package id.hotline.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A bounded load generator for POST /api/chat: {@code clients} threads, each with its own sessions, send until
 * {@code total} requests are done or {@code maxTime} passes. Every message text is unique ("load-RUN-c-n"), and
 * every one answered 200 is recorded as acknowledged, so a crash test can look for it in the database.
 *
 * <pre>java -cp tests/target/test-classes:bot/target/hotline.jar id.hotline.load.ChatLoad URL CLIENTS TOTAL SECONDS</pre>
 */
public final class ChatLoad {
    /** The outcome of one run. Latencies are of successful requests, in microseconds. */
    public record Result(int clients, long ok, long errors, long limited, Duration elapsed, long[] latenciesMicros,
                         List<String> acknowledged, List<String> errorSamples) {
        public double throughput() {
            return ok / Math.max(1e-9, elapsed.toNanos() / 1e9);
        }

        public double percentileMillis(double p) {
            if (latenciesMicros.length == 0) {
                return Double.NaN;
            }
            int i = (int) Math.ceil(p / 100.0 * latenciesMicros.length) - 1;
            return latenciesMicros[Math.max(0, Math.min(latenciesMicros.length - 1, i))] / 1000.0;
        }

        public String summary() {
            return String.format(Locale.ROOT, "clients=%d ok=%d errors=%d limited=%d time=%.1fs throughput=%.0f/s p50=%.1fms p99=%.1fms",
                    clients, ok, errors, limited, elapsed.toMillis() / 1000.0, throughput(), percentileMillis(50),
                    percentileMillis(99));
        }
    }

    private ChatLoad() {
    }

    private static final String[] TEXTS = {"/menu", "gaji saya belum dibayar tiga bulan", "bagaimana cara lapor",
        "apa itu BP2MI", "/bantuan", "majikan saya marah terus", "how do I renew my passport", "/topik"};

    public static Result run(String baseUrl, int clients, int total, Duration maxTime, String runId) throws InterruptedException {
        ExecutorService httpThreads = Executors.newFixedThreadPool(Math.max(2, clients / 4));
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(httpThreads).build();
        AtomicInteger issued = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        AtomicLong limited = new AtomicLong();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> samples = new ConcurrentLinkedQueue<>();
        long deadline = System.nanoTime() + maxTime.toNanos();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            int client = c;
            pool.execute(() -> {
                for (int n = issued.getAndIncrement(); n < total && System.nanoTime() < deadline; n = issued.getAndIncrement()) {
                    String session = "load-" + runId + "-c" + client + "-s" + (n % 50);
                    String text = TEXTS[n % TEXTS.length] + " load-" + runId + "-" + n;
                    long s = System.nanoTime();
                    int status = send(http, baseUrl, session, text, samples);
                    if (status == 200) {
                        latencies.add((System.nanoTime() - s) / 1000);
                        acked.add(text);
                    } else if (status == 429) {
                        limited.incrementAndGet();
                    } else {
                        errors.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(maxTime.toSeconds() + 30, TimeUnit.SECONDS);
        pool.shutdownNow();
        httpThreads.shutdownNow(); // its threads are not daemons: left running, they keep a finished Bench alive
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        long[] sorted = latencies.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        return new Result(clients, sorted.length, errors.get(), limited.get(), elapsed, sorted, new ArrayList<>(acked),
                samples.stream().limit(5).toList());
    }

    private static int send(HttpClient http, String baseUrl, String session, String text, ConcurrentLinkedQueue<String> samples) {
        String body = "{\"session\":\"" + session + "\",\"text\":\"" + text + "\"}";
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/chat"))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 && r.statusCode() != 429 && samples.size() < 5) {
                samples.add(r.statusCode() + " " + r.body());
            }
            return r.statusCode();
        } catch (IOException e) {
            if (samples.size() < 5) {
                samples.add(e.toString());
            }
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            System.err.println("usage: ChatLoad BASE_URL CLIENTS TOTAL MAX_SECONDS");
            System.exit(2);
        }
        Result r = run(args[0], Integer.parseInt(args[1]), Integer.parseInt(args[2]),
                Duration.ofSeconds(Long.parseLong(args[3])), Long.toString(System.currentTimeMillis(), 36));
        System.out.println(r.summary());
        r.errorSamples().forEach(s -> System.out.println("  error: " + s));
        System.exit(r.errors() == 0 ? 0 : 1);
    }
}
