package id.hotline.it.support;

import id.hotline.Hotline;
import id.hotline.config.Config;

import java.nio.file.Path;
import java.util.Map;

/** Starts the real service in this JVM on a random port with a fresh SQLite file and the real knowledge base. */
public final class Services {
    private Services() {
    }

    public static Path knowledgeBase() {
        return Path.of(System.getProperty("hotline.kb", "../knowledge-base"));
    }

    public static Hotline start(Map<String, String> env) {
        return start(Scratch.dir("hotline-it").resolve("hotline.db"), env);
    }

    /** As {@link #start(Map)}, on the given database file, for tests that also look into it. */
    public static Hotline start(Path db, Map<String, String> env) {
        return Hotline.start(Config.forTests(db, knowledgeBase(), env));
    }
}
