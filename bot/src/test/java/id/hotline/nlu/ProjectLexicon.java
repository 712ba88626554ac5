package id.hotline.nlu;

import id.hotline.knowledge.KnowledgeBase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The repository's slang.yaml and indicators.yaml, loaded once per test run. */
final class ProjectLexicon {
    private static KnowledgeBase kb;

    private ProjectLexicon() {
    }

    static synchronized KnowledgeBase get() {
        if (kb == null) {
            try {
                Path dir = Files.createTempDirectory("kb-lexicon");
                kb = KbFixtures.repositoryKbWithStubs(dir);
                try (Stream<Path> files = Files.walk(dir)) {   // loaded: the copy is no longer needed
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return kb;
    }
}
