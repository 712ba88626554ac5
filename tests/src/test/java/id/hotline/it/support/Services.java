package id.hotline.it.support;

import id.hotline.Hotline;
import id.hotline.config.Config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** Starts the real service in this JVM on a random port with a fresh SQLite file and the real knowledge base. */
public final class Services {
    private Services() {
    }

    public static Path knowledgeBase() {
        return Path.of(System.getProperty("hotline.kb", "../knowledge-base"));
    }

    /** A private copy of the real knowledge base that a test may edit or break. */
    public static Path copyOfKnowledgeBase(Path into) throws IOException {
        Path from = knowledgeBase();
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = into.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return into;
    }

    public static Hotline start(Map<String, String> env) {
        return start(Scratch.dir("hotline-it").resolve("hotline.db"), env);
    }

    /** As {@link #start(Map)}, on the given database file, for tests that also look into it. */
    public static Hotline start(Path db, Map<String, String> env) {
        return Hotline.start(Config.forTests(db, knowledgeBase(), env));
    }
}
