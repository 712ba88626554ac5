package id.hotline.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The numbers in docs/benchmarks.md, against the real jar on loopback:
 * <pre>java -cp tests/target/test-classes:bot/target/hotline.jar id.hotline.load.Bench bot/target/hotline.jar knowledge-base /tmp/hotline-bench [MESSAGES]</pre>
 */
public final class Bench {
    private static final List<String> JVM = List.of("-Xmx512m");

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        Path kb = Path.of(args[1]);
        Path work = Path.of(args[2]);
        int messages = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        Files.createDirectories(work);
        System.out.printf(Locale.ROOT, "java %s, %d cores%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors());
        startup(jar, kb, work.resolve("startup-" + System.nanoTime()));
        Path db = work.resolve("load-" + System.nanoTime());
        try (JarProcess service = ServiceUnderTest.start(jar, kb, db, JVM)) {
            service.awaitHealthy(Duration.ofSeconds(90));
            ChatLoad.run(service.baseUrl(), 4, 500, Duration.ofSeconds(60), "warmup");
            System.out.println("\n| clients | requests | errors | throughput (req/s) | p50 (ms) | p99 (ms) |\n|---|---|---|---|---|---|");
            for (int clients : new int[] {1, 16, 64}) {
                ChatLoad.Result r = ChatLoad.run(service.baseUrl(), clients, clients == 1 ? 1_000 : 4_000,
                        Duration.ofSeconds(120), "c" + clients);
                System.out.printf(Locale.ROOT, "| %d | %d | %d | %.0f | %.1f | %.1f |%n", clients, r.ok(), r.errors(),
                        r.throughput(), r.percentileMillis(50), r.percentileMillis(99));
            }
            memory(service, db, messages);
        }
        kill(jar, kb, work.resolve("kill-" + System.nanoTime()));
    }

    private static void startup(Path jar, Path kb, Path dir) throws Exception {
        for (int i = 1; i <= 3; i++) {
            try (JarProcess service = ServiceUnderTest.start(jar, kb, dir, JVM)) {
                Duration d = service.awaitHealthy(Duration.ofSeconds(90));
                System.out.printf(Locale.ROOT, "start-up %d (%s database): %d ms until /api/health answered, RSS %d MiB%n", i,
                        i == 1 ? "new" : "existing", d.toMillis(), service.rssKib() / 1024);
            }
        }
    }

    private static void memory(JarProcess service, Path dir, int messages) throws Exception {
        long before = service.rssKib();
        long inbound = ServiceUnderTest.count(dir.resolve("hotline.db"), "SELECT count(*) FROM messages WHERE direction = 'in'");
        ChatLoad.Result r = ChatLoad.run(service.baseUrl(), 16, (int) Math.max(0, messages - inbound), Duration.ofMinutes(15), "mem");
        long total = ServiceUnderTest.count(dir.resolve("hotline.db"), "SELECT count(*) FROM messages WHERE direction = 'in'");
        long conversations = ServiceUnderTest.count(dir.resolve("hotline.db"), "SELECT count(*) FROM conversations");
        System.out.printf(Locale.ROOT, "%nmemory: RSS %d MiB before, %d MiB after %d inbound messages (%d rows with replies, "
                        + "%d conversations, %s); db file %d MiB%n", before / 1024, service.rssKib() / 1024, total, total * 2,
                conversations, r.summary(), Files.size(dir.resolve("hotline.db")) / (1024 * 1024));
    }

    private static void kill(Path jar, Path kb, Path dir) throws Exception {
        ChatLoad.Result load;
        try (JarProcess service = ServiceUnderTest.start(jar, kb, dir, JVM)) {
            service.awaitHealthy(Duration.ofSeconds(90));
            var running = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return ChatLoad.run(service.baseUrl(), 16, 1_000_000, Duration.ofSeconds(10), "kill");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(5_000);
            service.kill9();
            load = running.get();
        }
        Duration restart;
        try (JarProcess again = ServiceUnderTest.start(jar, kb, dir, JVM)) {
            restart = again.awaitHealthy(Duration.ofSeconds(90));
        }
        Map<String, Integer> stored = ServiceUnderTest.inboundCounts(dir.resolve("hotline.db"));
        long missing = load.acknowledged().stream().filter(t -> !stored.containsKey(t)).count();
        long duplicated = load.acknowledged().stream().filter(t -> stored.getOrDefault(t, 0) > 1).count();
        System.out.printf(Locale.ROOT, "%nkill -9 after 5 s of 16-client load: %d acknowledged, %d cut off; after restart "
                        + "(%d ms to healthy): %d missing, %d duplicated, %d inbound rows in total%n", load.ok(), load.errors(),
                restart.toMillis(), missing, duplicated, stored.values().stream().mapToInt(Integer::intValue).sum());
    }
}
