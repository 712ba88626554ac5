package id.hotline.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** The held-out test sets kept in the repository (eval/heldout, beside the knowledge base). */
    public static Path heldOut() {
        return knowledgeBase().resolveSibling("eval").resolve("heldout");
    }

    /**
     * The day kb-lint's tests take as today: the newest review date in the real knowledge base, so a review dated the
     * day it was made is never "in the future" for them, and their results do not change with the calendar.
     */
    public static LocalDate lintDay() {
        Pattern reviewed = Pattern.compile("(?m)^reviewed: (\\d{4}-\\d{2}-\\d{2})");
        try (var files = Files.list(knowledgeBase().resolve("intents"))) {
            return files.map(f -> {
                try {
                    Matcher m = reviewed.matcher(Files.readString(f));
                    return m.find() ? LocalDate.parse(m.group(1)) : LocalDate.MIN;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).max(LocalDate::compareTo).orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
