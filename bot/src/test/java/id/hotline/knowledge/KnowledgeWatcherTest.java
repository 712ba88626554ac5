package id.hotline.knowledge;

import id.hotline.dialog.BrainHolder;
import id.hotline.testing.ScriptedNlu;
import id.hotline.testing.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

@Timeout(30)
class KnowledgeWatcherTest {
    @TempDir
    Path dir;

    private static void awaitCount(AtomicInteger counter, int atLeast) throws InterruptedException {
        for (int i = 0; i < 200 && counter.get() < atLeast; i++) {
            Thread.sleep(50);
        }
    }

    @Test
    void an_edit_goes_live_and_a_broken_edit_keeps_the_old_content() throws Exception {
        TestPaths.copyOfKnowledgeBase(dir);
        BrainHolder brains = new BrainHolder(dir, kb -> new ScriptedNlu());
        AtomicInteger attempts = new AtomicInteger();
        Runnable reload = () -> {
            attempts.incrementAndGet();
            brains.reload();
        };
        Path file = dir.resolve("intents/atensi.about.yaml");
        try (var watcher = new KnowledgeWatcher(dir, Duration.ofMillis(200), reload)) {
            Files.writeString(file, Files.readString(file).replace("  id: Apa itu ATENSI", "  id: ATENSI itu apa"));
            awaitCount(attempts, 1);
            for (int i = 0; i < 100 && !brains.get().kb().intents().get("atensi.about").title().get(id.hotline.domain.Lang.ID)
                    .equals("ATENSI itu apa"); i++) {
                Thread.sleep(50);
            }
            assertThat(brains.get().kb().intents().get("atensi.about").title().get(id.hotline.domain.Lang.ID)).isEqualTo("ATENSI itu apa");

            int before = attempts.get();
            Files.writeString(file, "id: atensi.about\nrisk: [broken");
            awaitCount(attempts, before + 1);
            Thread.sleep(300);
            assertThat(brains.get().kb().intents().get("atensi.about").title().get(id.hotline.domain.Lang.ID)).isEqualTo("ATENSI itu apa");
        }
    }
}
