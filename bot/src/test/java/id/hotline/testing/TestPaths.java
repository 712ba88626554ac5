package id.hotline.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real knowledge base and shared material are, as set by the build. */
public final class TestPaths {
    private TestPaths() {
    }

    public static Path knowledgeBase() {
        Path p = Path.of(System.getProperty("hotline.kb", "../knowledge-base"));
        if (!Files.isDirectory(p)) {
            throw new IllegalStateException("knowledge base not found at " + p.toAbsolutePath());
        }
        return p;
    }

    /** A private copy of the knowledge base that a test may break. */
    public static Path copyOfKnowledgeBase(Path into) throws java.io.IOException {
        Path src = knowledgeBase();
        try (var files = Files.walk(src)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = into.resolve(src.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return into;
    }
}
