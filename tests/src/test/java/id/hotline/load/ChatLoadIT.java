package id.hotline.load;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A short run of the load generator against the real jar: no errors at 1, 16 and 64 clients, all stored. */
class ChatLoadIT {
    @TempDir
    Path dir;

    @Test
    void the_jar_answers_every_request_at_1_16_and_64_concurrent_clients_and_stores_each_message_once() throws Exception {
        Path jar = Path.of(System.getProperty("hotline.jar"));
        try (JarProcess service = ServiceUnderTest.start(jar, Path.of(System.getProperty("hotline.kb")), dir, List.of("-Xmx256m"))) {
            service.awaitHealthy(Duration.ofSeconds(90));
            int total = 0;
            for (int clients : new int[] {1, 16, 64}) {
                ChatLoad.Result r = ChatLoad.run(service.baseUrl(), clients, 200, Duration.ofSeconds(30), "it" + clients);
                assertThat(r.errors()).as(r.summary() + " " + r.errorSamples()).isZero();
                assertThat(r.limited()).isZero();
                assertThat(r.ok()).isEqualTo(200);
                total += r.acknowledged().size();
                Map<String, Integer> stored = ServiceUnderTest.inboundCounts(dir.resolve("hotline.db"));
                assertThat(r.acknowledged()).allSatisfy(text -> assertThat(stored.get(text)).as(text).isEqualTo(1));
            }
            assertThat(ServiceUnderTest.count(dir.resolve("hotline.db"), "SELECT count(*) FROM messages WHERE direction = 'out'"))
                    .isEqualTo(total);
        }
    }
}
