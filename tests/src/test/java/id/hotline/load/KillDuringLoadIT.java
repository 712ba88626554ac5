package id.hotline.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** kill -9 in the middle of a load run, restart on the same database: every acknowledged message is there, once. */
class KillDuringLoadIT {
    @TempDir
    Path dir;

    @Test
    void every_message_answered_200_before_a_kill_9_is_in_the_database_after_restart() throws Exception {
        Path jar = Path.of(System.getProperty("hotline.jar"));
        Path kb = Path.of(System.getProperty("hotline.kb"));
        Path db = dir.resolve("hotline.db");
        ChatLoad.Result load;
        try (JarProcess service = ServiceUnderTest.start(jar, kb, dir, List.of("-Xmx256m"))) {
            service.awaitHealthy(Duration.ofSeconds(90));
            CompletableFuture<ChatLoad.Result> running = CompletableFuture.supplyAsync(() -> {
                try {
                    return ChatLoad.run(service.baseUrl(), 16, 1_000_000, Duration.ofSeconds(8), "kill");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(3_000);
            service.kill9();
            load = running.get();
        }
        assertThat(load.ok()).as("requests acknowledged before the kill").isGreaterThan(50);
        assertThat(load.errors()).as("requests cut off by the kill").isPositive();

        try (JarProcess restarted = ServiceUnderTest.start(jar, kb, dir, List.of("-Xmx256m"))) {
            restarted.awaitHealthy(Duration.ofSeconds(90));
            assertThat(restarted.stop()).isIn(0, 143);
        }
        Map<String, Integer> stored = ServiceUnderTest.inboundCounts(db);
        assertThat(load.acknowledged()).allSatisfy(text -> assertThat(stored.get(text)).as(text).isEqualTo(1));
        assertThat(ServiceUnderTest.count(db, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"))
                .isZero();
    }
}
