package id.hotline.knowledge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Reloads the knowledge base when its files change, so content editors do not need a restart.
 * Edits usually come as several writes: wait until the folder has been quiet for a moment, then reload once.
 * A broken edit keeps the old content live: the reload throws, and the log says so with the count of problems and
 * one line per problem; kb-lint's warnings about content that went live are logged one per line too.
 */
public final class KnowledgeWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeWatcher.class);
    private final WatchService watch;
    private final Thread thread;

    /** @param reload reloads and returns kb-lint's warnings about the new content; throws to keep the old content */
    public KnowledgeWatcher(Path dir, Duration quiet, Supplier<List<String>> reload) {
        try {
            watch = FileSystems.getDefault().newWatchService();
            for (Path p : new Path[] {dir, dir.resolve("intents")}) {
                p.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot watch " + dir + ": " + e.getMessage(), e);
        }
        thread = new Thread(() -> loop(quiet, reload), "kb-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop(Duration quiet, Supplier<List<String>> reload) {
        try {
            while (true) {
                WatchKey key = watch.take();
                drain(key);
                WatchKey more;
                while ((more = watch.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    drain(more);
                }
                try {
                    List<String> warnings = reload.get();
                    LOG.info("knowledge base reloaded after a file change");
                    warnings.forEach(w -> LOG.warn("knowledge base reloaded, kb-lint warns: {}", w));
                } catch (KnowledgeBaseException e) {
                    LOG.error("knowledge base NOT reloaded, the previous content stays live: {} problem(s)", e.problems().size());
                    e.problems().forEach(p -> LOG.error("knowledge base NOT reloaded: {}", p));
                } catch (RuntimeException e) {
                    LOG.error("knowledge base NOT reloaded, the previous content stays live: {}", e.getMessage());
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(WatchKey key) {
        key.pollEvents();
        key.reset();
    }

    @Override
    public void close() throws IOException {
        watch.close();
        thread.interrupt();
    }
}
