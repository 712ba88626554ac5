package id.hotline.nlu;

import id.hotline.knowledge.KnowledgeBase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

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
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return kb;
    }
}
