package id.hotline.knowledge;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import id.hotline.dialog.BrainHolder;
import id.hotline.testing.ScriptedNlu;
import id.hotline.testing.TestPaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

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

    private BrainHolder brains() {
        return new BrainHolder(dir, kb -> new ScriptedNlu(), kb -> new KbLint(KbLint.MIN_EXAMPLES, TestPaths.lintDay()).findings(kb));
    }

    @Test
    void an_edit_kb_lint_refuses_keeps_the_old_content_and_the_log_gives_the_count_and_each_problem() throws Exception {
        TestPaths.copyOfKnowledgeBase(dir);
        BrainHolder brains = brains();
        Logger logger = (Logger) LoggerFactory.getLogger(KnowledgeWatcher.class);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
        try (var watcher = new KnowledgeWatcher(dir, Duration.ofMillis(200), () -> brains.reload().warnings())) {
            Files.delete(dir.resolve("intents/smalltalk.thanks.yaml"));
            for (int i = 0; i < 200 && errors(log).size() < 2; i++) {
                Thread.sleep(50);
            }
            assertThat(errors(log)).containsExactly("knowledge base NOT reloaded, the previous content stays live: 1 problem(s)",
                    "knowledge base NOT reloaded: intents/smalltalk.thanks.yaml: smalltalk.thanks: taxonomy intent is missing");
            assertThat(brains.get().kb().intents()).containsKey("smalltalk.thanks");
        } finally {
            logger.detachAppender(log);
        }
    }

    /** The ERROR lines so far; the appender appends under its own lock, so the copy is taken under it too. */
    private static List<String> errors(ListAppender<ILoggingEvent> log) {
        List<ILoggingEvent> events;
        synchronized (log) {
            events = List.copyOf(log.list);
        }
        return events.stream().filter(e -> e.getLevel() == Level.ERROR).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void an_edit_goes_live_and_a_broken_edit_keeps_the_old_content() throws Exception {
        TestPaths.copyOfKnowledgeBase(dir);
        BrainHolder brains = brains();
        AtomicInteger attempts = new AtomicInteger();
        Supplier<List<String>> reload = () -> {
            attempts.incrementAndGet();
            return brains.reload().warnings();
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
